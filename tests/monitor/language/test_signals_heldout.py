"""Held-out sentences: each set was written after the matcher was frozen, run once, and only then used to fix it.

They use the catalog signals (config.example.toml) with phrasings, outlets and languages unlike the development
sentences in test_signals.py. Each case lists the acceptable outcomes: "certain", "plausible" or None. A miss
that is a certain move on a non-event (a false status change) is the costly kind and is counted apart.

Honest record of the first run of each set, before any fix it prompted:
  v1 (71 cases): 62/71 = 87%, 7 false certain moves (missing affixed Indonesian forms, "aims to have X
     approved" cancelled by "have", "signed into law" counted as completed, a Thai sentence split in "ธ.ค.)").
  v2 (55 cases): 47/55 = 85%, 6 false certain moves (request/readiness/denial verbs, "bagi bacaan", catalog
     gaps); one case had been mislabelled (a consultation that is really happening) and was corrected.
  v3 (39 cases): 31/39 = 79%, 7 false certain moves (future-oriented predicates: "berpotensi", "dijanjikan",
     "berkomitmen", "ใกล้ลงนาม", "pushing to", a noun "the signing of" with nothing saying it happened).
  v4 (30 cases): 27/30 = 90%, 1 false certain move ("เล็งลงนาม"), 1 event only plausible ("signing it").
The thresholds below hold the sets at their current level; v4's first run is the best estimate for unseen text.
"""
from __future__ import annotations

from datetime import date


import pytest

from tests.monitor.language.catalog import catalog_match

CURRENT = {
    "asean-defa": "approval", "id-ai-perpres": "approval", "th-ai-law": "drafting", "my-ai-bill": "drafting",
    "vn-ai-high-risk-list": "drafting", "sg-mas-ai-guidelines": "consultation", "ph-ai-bill": "approval",
}
C, P = "certain", "plausible"
EVENT, REVIEW_OK, NO_EVENT, NO_EVENT_REVIEW_OK = {C}, {C, P}, {None}, {None, P}

HELD_OUT_V1: list[tuple[str, set[str | None], str]] = [
    # ---- ASEAN DEFA, English
    ("asean-defa", EVENT, "Kuala Lumpur — Southeast Asian leaders on Sunday formally signed the Digital Economy "
                          "Framework Agreement, capping two years of talks."),
    ("asean-defa", EVENT, "DEFA inked: ASEAN seals world's first region-wide digital economy deal"),
    ("asean-defa", EVENT, "The ten ASEAN economic ministers have signed the DEFA, the Secretariat said in a statement."),
    ("asean-defa", EVENT, "With the signing of the DEFA today, ASEAN opens a new chapter in digital integration."),
    ("asean-defa", NO_EVENT, "ASEAN economic ministers will sign the DEFA in Kuala Lumpur on 26 October."),
    ("asean-defa", NO_EVENT, "Singapore's trade minister said he was confident the DEFA would be signed before the year "
                             "ends."),
    ("asean-defa", NO_EVENT, "The DEFA is on track to be signed at the 49th ASEAN Summit, officials said."),
    ("asean-defa", NO_EVENT, "Negotiators are racing to finish legal scrubbing so leaders can sign the DEFA in November."),
    ("asean-defa", NO_EVENT, "The much-anticipated signing of the DEFA has been pushed to next year."),
    ("asean-defa", NO_EVENT, "Leaders could not sign the DEFA as planned because two member states raised objections."),
    ("asean-defa", NO_EVENT, "Analysts say that, once the DEFA is signed, e-commerce firms will benefit most."),
    ("asean-defa", NO_EVENT, "The DEFA remains unsigned three months after negotiations concluded."),
    ("asean-defa", NO_EVENT_REVIEW_OK, "ASEAN and China signed an upgraded free trade agreement in Kuala Lumpur; "
                                       "talks on the DEFA continue."),
    ("asean-defa", NO_EVENT, "Will ASEAN finally sign the DEFA this year?"),
    # ---- ASEAN DEFA, other languages
    ("asean-defa", EVENT, "Para pemimpin ASEAN menandatangani Perjanjian Kerangka Ekonomi Digital (DEFA) di Kuala "
                          "Lumpur, Minggu (26/10)."),
    ("asean-defa", NO_EVENT, "Indonesia berharap DEFA dapat ditandatangani pada KTT ASEAN ke-49."),
    ("asean-defa", NO_EVENT, "Penandatanganan DEFA ditunda hingga tahun depan karena proses legal scrubbing belum "
                             "selesai."),
    ("asean-defa", EVENT, "Perjanjian DEFA telah ditandatangani oleh semua negara anggota ASEAN."),
    ("asean-defa", NO_EVENT, "Malaysia sasar DEFA ditandatangani sebelum akhir tahun."),
    ("asean-defa", EVENT, "นายกรัฐมนตรีได้ลงนามในความตกลง DEFA ร่วมกับผู้นำอาเซียน"),
    ("asean-defa", NO_EVENT, "อาเซียนมีกำหนดลงนาม DEFA ในเดือนพฤศจิกายนนี้"),
    ("asean-defa", NO_EVENT, "ผู้นำอาเซียนยังไม่ได้ลงนาม DEFA"),
    ("asean-defa", EVENT, "Thủ tướng cùng lãnh đạo các nước ASEAN đã ký Hiệp định DEFA chiều 26/10."),
    ("asean-defa", NO_EVENT, "Hiệp định DEFA dự kiến sẽ được ký kết tại Hội nghị Cấp cao ASEAN lần thứ 49."),
    ("asean-defa", NO_EVENT, "Việt Nam chưa ký DEFA do còn một số vấn đề kỹ thuật."),
    # ---- Indonesia Perpres
    ("id-ai-perpres", EVENT, "Prabowo Resmi Teken Perpres Kecerdasan Artifisial, Ini Isinya"),
    ("id-ai-perpres", EVENT, "Peraturan Presiden tentang Etika Kecerdasan Artifisial telah diundangkan dan dimuat dalam "
                             "Lembaran Negara."),
    ("id-ai-perpres", EVENT, "Pemerintah menerbitkan Perpres Nomor 15 Tahun 2026 tentang Peta Jalan Kecerdasan "
                             "Artifisial Nasional."),
    ("id-ai-perpres", NO_EVENT, "Komdigi Targetkan Perpres AI Terbit Kuartal Pertama"),
    ("id-ai-perpres", NO_EVENT, "Wamenkomdigi: Draf Perpres AI Sudah di Meja Presiden, Tinggal Diteken"),
    ("id-ai-perpres", NO_EVENT, "Perpres soal AI tak kunjung diteken, pelaku industri menanti kepastian"),
    ("id-ai-perpres", NO_EVENT, "Menkomdigi optimistis Perpres kecerdasan artifisial rampung dan disahkan bulan depan."),
    ("id-ai-perpres", NO_EVENT, "Setelah Perpres AI diterbitkan nanti, setiap kementerian wajib menyusun pedoman "
                                "sektoral."),
    ("id-ai-perpres", NO_EVENT, "Perpres AI masih dalam tahap harmonisasi di Kementerian Hukum."),
    ("id-ai-perpres", NO_EVENT_REVIEW_OK, "Presiden meneken Perpres tentang percepatan transformasi digital; aturan "
                                          "AI menyusul."),
    ("id-ai-perpres", EVENT, "Indonesia's President has signed a presidential regulation setting out a national AI "
                             "roadmap, the communications ministry said."),
    ("id-ai-perpres", NO_EVENT, "Indonesia expects to issue its AI presidential regulation in the first quarter."),
    # ---- Thailand AI law
    ("th-ai-law", EVENT, "ที่ประชุม ครม. วันนี้ (3 ธ.ค.) มีมติอนุมัติหลักการร่างพระราชบัญญัติปัญญาประดิษฐ์"),
    ("th-ai-law", EVENT, "คณะรัฐมนตรีอนุมัติในหลักการร่างกฎหมายว่าด้วยปัญญาประดิษฐ์ตามที่กระทรวงดีอีเสนอ"),
    ("th-ai-law", NO_EVENT, "ดีอีเร่งดันร่าง พ.ร.บ.ปัญญาประดิษฐ์ เข้า ครม. พิจารณาเห็นชอบภายในปีนี้"),
    ("th-ai-law", NO_EVENT, "ร่างกฎหมายปัญญาประดิษฐ์คาดจะเข้า ครม. เพื่อขออนุมัติในเดือนหน้า"),
    ("th-ai-law", NO_EVENT, "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ ยังไม่ผ่านความเห็นชอบของคณะรัฐมนตรี"),
    ("th-ai-law", EVENT, "Thailand's cabinet on Tuesday approved in principle a draft law regulating artificial "
                         "intelligence."),
    ("th-ai-law", NO_EVENT, "Thailand aims to have its AI law approved by the cabinet before the end of the fiscal year."),
    ("th-ai-law", NO_EVENT, "The Thai cabinet is set to consider the draft AI law next week."),
    ("th-ai-law", NO_EVENT, "Vietnam's National Assembly approved the Law on Artificial Intelligence on 10 December."),
    # ---- Malaysia AI bill
    ("my-ai-bill", EVENT, "RUU Tadbir Urus Kecerdasan Buatan 2026 dibentangkan bagi bacaan kali pertama di Dewan "
                          "Rakyat hari ini oleh Menteri Digital."),
    ("my-ai-bill", EVENT, "Jemaah Menteri meluluskan draf RUU Kecerdasan Buatan, kata Gobind."),
    ("my-ai-bill", NO_EVENT, "Gobind: RUU AI akan dibawa ke Parlimen sebelum hujung tahun"),
    ("my-ai-bill", NO_EVENT, "RUU Kecerdasan Buatan dijangka dibentang pada persidangan Dewan Rakyat bulan depan."),
    ("my-ai-bill", NO_EVENT, "RUU AI belum dibentangkan kerana masih di peringkat libat urus."),
    ("my-ai-bill", EVENT, "Malaysia's Artificial Intelligence Governance Bill was tabled for first reading in the Dewan "
                          "Rakyat today."),
    ("my-ai-bill", NO_EVENT, "Gobind said the AI bill would be tabled in Parliament once consultations end."),
    ("my-ai-bill", NO_EVENT, "The government hopes to table the AI governance bill in the third meeting of Parliament."),
    ("my-ai-bill", NO_EVENT, "Indonesia's House of Representatives tabled an AI bill on Tuesday."),
    # ---- Vietnam high-risk list
    ("vn-ai-high-risk-list", EVENT, "Thủ tướng Chính phủ đã ký Quyết định ban hành Danh mục hệ thống trí tuệ nhân tạo "
                                    "có rủi ro cao."),
    ("vn-ai-high-risk-list", EVENT, "Chinh phu ban hanh danh muc he thong AI rui ro cao"),
    ("vn-ai-high-risk-list", NO_EVENT, "Bộ KH&CN đang xây dựng dự thảo danh mục hệ thống AI rủi ro cao để trình Thủ "
                                       "tướng ban hành."),
    ("vn-ai-high-risk-list", NO_EVENT, "Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao sẽ được ban hành trong năm "
                                       "2027."),
    ("vn-ai-high-risk-list", NO_EVENT, "Đến nay, danh mục hệ thống AI rủi ro cao vẫn chưa được ban hành."),
    ("vn-ai-high-risk-list", EVENT, "Vietnam's prime minister has issued the list of high-risk AI systems under the AI "
                                    "law."),
    # ---- Singapore MAS
    ("sg-mas-ai-guidelines", EVENT, "MAS publishes final Guidelines on AI Risk Management after public consultation"),
    ("sg-mas-ai-guidelines", EVENT, "The Monetary Authority of Singapore today released its response to feedback "
                                    "received on the Guidelines on Artificial Intelligence Risk Management."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS will issue the final Guidelines on AI Risk Management in 2026, followed by "
                                       "a 12-month transition."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS expects to finalise its AI risk management guidelines later this year."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS consults on Guidelines on AI Risk Management for financial institutions"),
    # ---- Philippines
    ("ph-ai-bill", EVENT, "President Marcos signed the Philippine Artificial Intelligence Act into law on Monday."),
    ("ph-ai-bill", EVENT, "The AI Regulation Act lapsed into law after the President did not act on it within 30 days, "
                          "the Senate said."),
    ("ph-ai-bill", NO_EVENT, "Senators expect the AI bill to be signed into law before the end of the 20th Congress."),
    ("ph-ai-bill", NO_EVENT, "The Senate approved Senate Bill 25 on third reading; the bicameral conference is next."),
    ("ph-ai-bill", NO_EVENT, "Malacañang has yet to sign the AI bill into law."),
]


HELD_OUT_V2: list[tuple[str, set[str | None], str]] = [
    # ---- ASEAN DEFA
    ("asean-defa", EVENT, "In a ceremony at the Kuala Lumpur Convention Centre, ASEAN heads of government signed the "
                          "DEFA on Sunday afternoon."),
    ("asean-defa", EVENT, "ASEAN Secretary-General welcomes the signing of the Digital Economy Framework Agreement by "
                          "all ten member states."),
    ("asean-defa", EVENT, "BREAKING: ASEAN signs DEFA"),
    ("asean-defa", NO_EVENT, "Businesses are urging ASEAN governments to sign the DEFA without further delay."),
    ("asean-defa", NO_EVENT, "The DEFA, which ministers hope to sign in October, would cut digital trade costs."),
    ("asean-defa", NO_EVENT, "Officials said the DEFA could be signed as early as November if legal scrubbing is "
                             "completed."),
    ("asean-defa", NO_EVENT, "No date has been set for the signing of the DEFA."),
    ("asean-defa", NO_EVENT, "ASEAN leaders are due to sign the DEFA at their summit next month."),
    ("asean-defa", NO_EVENT, "Timor-Leste did not sign the DEFA, as it joined ASEAN after negotiations closed."),
    ("asean-defa", EVENT, "DEFA resmi diteken, ASEAN targetkan ekonomi digital US$2 triliun pada 2030"),
    ("asean-defa", NO_EVENT, "Pemerintah memastikan DEFA akan diteken oleh Presiden di Kuala Lumpur."),
    ("asean-defa", NO_EVENT, "Perjanjian DEFA dijadualkan ditandatangani oleh pemimpin ASEAN pada Oktober ini."),
    ("asean-defa", EVENT, "Perdana Menteri menandatangani DEFA bagi pihak Malaysia semalam."),
    ("asean-defa", EVENT, "ไทยร่วมลงนามความตกลง DEFA เมื่อวันที่ 26 ต.ค. 2568"),
    ("asean-defa", NO_EVENT, "กระทรวงพาณิชย์เผยไทยพร้อมลงนาม DEFA ในการประชุมสุดยอดอาเซียน"),
    ("asean-defa", NO_EVENT, "Việt Nam sẵn sàng ký DEFA trong thời gian tới."),
    ("asean-defa", EVENT, "Các nước ASEAN chính thức ký Hiệp định khung về kinh tế số ASEAN (DEFA)."),
    ("asean-defa", NO_EVENT, "Lễ ký DEFA dự kiến diễn ra bên lề Hội nghị Cấp cao ASEAN."),
    # ---- Indonesia Perpres
    ("id-ai-perpres", EVENT, "Presiden Prabowo Subianto menandatangani Peraturan Presiden Nomor 7 Tahun 2026 tentang "
                             "Peta Jalan Kecerdasan Artifisial Nasional pada 20 Februari 2026."),
    ("id-ai-perpres", EVENT, "Perpres Etika Kecerdasan Artifisial Akhirnya Terbit"),
    ("id-ai-perpres", NO_EVENT, "Perpres AI Diharapkan Terbit Sebelum Lebaran"),
    ("id-ai-perpres", NO_EVENT, "Komdigi kebut penyusunan Perpres kecerdasan artifisial agar bisa segera diundangkan."),
    ("id-ai-perpres", NO_EVENT, "Sampai kini Perpres AI tidak juga ditandatangani Presiden."),
    ("id-ai-perpres", NO_EVENT, "Presiden dijadwalkan meneken Perpres AI pekan ini, kata Mensesneg."),
    ("id-ai-perpres", NO_EVENT, "Industri minta Perpres AI diterbitkan sebelum aturan turunan UU PDP."),
    ("id-ai-perpres", EVENT, "Indonesia issues presidential regulation on artificial intelligence ethics"),
    ("id-ai-perpres", NO_EVENT, "Jakarta is drafting two presidential regulations on AI that are expected to be issued "
                                "this year."),
    # ---- Thailand
    ("th-ai-law", EVENT, "มติ ครม. 2 ธ.ค. 68 เห็นชอบหลักการร่างพระราชบัญญัติการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์"),
    ("th-ai-law", NO_EVENT, "สพธอ. เตรียมนำร่างกฎหมายปัญญาประดิษฐ์เสนอคณะรัฐมนตรีให้ความเห็นชอบ"),
    ("th-ai-law", NO_EVENT, "รัฐบาลตั้งเป้าให้ ครม. อนุมัติร่างกฎหมาย AI (ปัญญาประดิษฐ์) ภายในสิ้นปี"),
    ("th-ai-law", NO_EVENT, "หาก ครม. เห็นชอบร่างกฎหมายปัญญาประดิษฐ์ จะส่งต่อให้กฤษฎีกาตรวจพิจารณา"),
    ("th-ai-law", EVENT, "Thailand's cabinet has endorsed the principles of the country's first artificial "
                         "intelligence law."),
    ("th-ai-law", NO_EVENT, "The draft AI law will be submitted to Thailand's cabinet for approval in July."),
    ("th-ai-law", NO_EVENT, "Thai officials said cabinet approval of the AI bill had been delayed again."),
    # ---- Malaysia
    ("my-ai-bill", EVENT, "RUU Kecerdasan Buatan dibentang bagi bacaan kali pertama di Dewan Rakyat, Selasa."),
    ("my-ai-bill", NO_EVENT, "Kerajaan merancang membentangkan RUU AI pada sesi Parlimen akan datang."),
    ("my-ai-bill", NO_EVENT, "RUU Tadbir Urus AI mungkin dibentangkan tahun depan, kata Gobind."),
    ("my-ai-bill", NO_EVENT, "Gobind menafikan RUU AI telah dibentangkan di Dewan Rakyat."),
    ("my-ai-bill", EVENT, "Digital Minister Gobind Singh Deo tabled the AI Governance Bill in the Dewan Rakyat on "
                          "Monday."),
    ("my-ai-bill", NO_EVENT, "Malaysia plans to table an AI governance bill by the end of the year, Gobind says."),
    ("my-ai-bill", NO_EVENT, "Malaysia's AI bill has not been tabled, contrary to reports."),
    ("my-ai-bill", NO_EVENT, "Thailand's AI bill was tabled in parliament on Tuesday."),
    # ---- Vietnam high-risk list
    ("vn-ai-high-risk-list", EVENT, "Thủ tướng phê duyệt danh mục hệ thống trí tuệ nhân tạo có rủi ro cao."),
    # labelled NO_EVENT at first, wrongly: the ministry *is* consulting, a certain move to consultation
    ("vn-ai-high-risk-list", EVENT, "Bộ Khoa học và Công nghệ lấy ý kiến về dự thảo danh mục hệ thống AI rủi ro "
                                    "cao, dự kiến trình Thủ tướng ban hành trong quý I."),
    ("vn-ai-high-risk-list", NO_EVENT, "Danh muc he thong AI rui ro cao se duoc ban hanh trong quy I/2027"),
    ("vn-ai-high-risk-list", NO_EVENT, "Doanh nghiệp mong sớm ban hành danh mục hệ thống AI có rủi ro cao."),
    ("vn-ai-high-risk-list", EVENT, "Vừa qua, Thủ tướng đã ban hành Quyết định số 512/QĐ-TTg về danh mục hệ thống trí "
                                    "tuệ nhân tạo có rủi ro cao."),
    # ---- Singapore
    ("sg-mas-ai-guidelines", EVENT, "MAS finalises Guidelines on AI Risk Management; 12-month transition starts"),
    ("sg-mas-ai-guidelines", NO_EVENT, "Banks are preparing for MAS's Guidelines on AI Risk Management, which are "
                                       "expected to be finalised soon."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS has not yet issued the final Guidelines on AI Risk Management."),
    ("sg-mas-ai-guidelines", NO_EVENT, "Hong Kong's HKMA issued guidelines on AI risk management for banks."),
    # ---- Philippines
    ("ph-ai-bill", EVENT, "The Artificial Intelligence Regulation Act was signed into law by President Marcos."),
    ("ph-ai-bill", NO_EVENT, "The House approved its version of the AI bill; Senate deliberations continue."),
    ("ph-ai-bill", NO_EVENT, "Lawmakers hope the AI bill will be signed into law by June."),
    ("ph-ai-bill", NO_EVENT, "Marcos urged Congress to pass the AI bill so he can sign it into law."),
]

HELD_OUT_V3: list[tuple[str, set[str | None], str]] = [
    # ---- ASEAN DEFA
    ("asean-defa", EVENT, "Landmark DEFA signed as ASEAN summit opens in Kuala Lumpur"),
    ("asean-defa", EVENT, "The Philippines, as ASEAN chair, hosted the ceremony at which all members signed the "
                          "DEFA."),
    ("asean-defa", EVENT, "Minister Tengku Zafrul signed the DEFA on Malaysia's behalf, his ministry said."),
    ("asean-defa", NO_EVENT, "The DEFA is set for signature at the 49th ASEAN Summit."),
    ("asean-defa", NO_EVENT, "Diplomats expect the signing of the DEFA to slip into 2027."),
    ("asean-defa", NO_EVENT, "The Secretariat is working towards the signing of the DEFA by end-2026."),
    ("asean-defa", NO_EVENT, "Whether leaders sign the DEFA in November depends on the outcome of legal scrubbing."),
    ("asean-defa", NO_EVENT, "Singapore is among the countries pushing to have the DEFA signed this year."),
    ("asean-defa", EVENT, "Menteri Perdagangan menandatangani DEFA mewakili Indonesia, Minggu (26/10)."),
    ("asean-defa", NO_EVENT, "Kemendag menyebut DEFA berpotensi diteken akhir tahun ini."),
    ("asean-defa", NO_EVENT, "DEFA bakal ditandatangani dalam KTT ke-49 ASEAN di Kuala Lumpur."),
    ("asean-defa", EVENT, "เมื่อวานนี้ (26 ต.ค.) ผู้นำอาเซียนได้ร่วมลงนามความตกลง DEFA อย่างเป็นทางการ"),
    ("asean-defa", NO_EVENT, "พาณิชย์ชี้ DEFA ใกล้ลงนาม คาดหนุนการค้าดิจิทัลไทย"),
    ("asean-defa", EVENT, "Sáng 26/10, Việt Nam đã ký kết Hiệp định DEFA cùng các nước ASEAN."),
    ("asean-defa", NO_EVENT, "Việt Nam đề xuất ký DEFA trong năm 2026."),
    # ---- Indonesia
    ("id-ai-perpres", EVENT, "Kepala Negara telah menandatangani Perpres tentang Etika Kecerdasan Artifisial pada "
                             "pekan lalu."),
    ("id-ai-perpres", EVENT, "Perpres Peta Jalan AI Nasional diundangkan 20 Februari 2026."),
    ("id-ai-perpres", NO_EVENT, "Perpres Kecerdasan Artifisial dijanjikan terbit bulan ini, namun hingga kini belum "
                                "ada kabar."),
    ("id-ai-perpres", NO_EVENT, "Menkomdigi berkomitmen Perpres AI disahkan pada semester pertama 2026."),
    ("id-ai-perpres", NO_EVENT, "Apabila Perpres AI sudah terbit, pengawasan akan dilakukan oleh Komdigi."),
    ("id-ai-perpres", NO_EVENT, "Indonesia's AI presidential regulation has yet to be signed, nine months after the "
                                "consultation closed."),
    # ---- Thailand
    ("th-ai-law", EVENT, "ครม. ไฟเขียวร่าง พ.ร.บ.ปัญญาประดิษฐ์ เห็นชอบในหลักการตามที่ ดศ. เสนอ"),
    ("th-ai-law", NO_EVENT, "ดีอีคาดร่างกฎหมายปัญญาประดิษฐ์เข้า ครม. อนุมัติได้ในไตรมาสหน้า"),
    ("th-ai-law", NO_EVENT, "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ อาจได้รับความเห็นชอบจาก ครม. ภายในเดือนนี้"),
    ("th-ai-law", EVENT, "Cabinet gives nod to Thailand's draft artificial intelligence law"),
    ("th-ai-law", NO_EVENT, "Thailand's draft AI law awaits cabinet approval after the hearing closed in June."),
    # ---- Malaysia
    ("my-ai-bill", EVENT, "Rang Undang-Undang Kecerdasan Buatan telah dibentangkan untuk bacaan kali pertama oleh "
                          "Gobind Singh Deo."),
    ("my-ai-bill", NO_EVENT, "Gobind berkata RUU AI perlu dibentangkan segera bagi menangani ancaman deepfake."),
    ("my-ai-bill", NO_EVENT, "Kementerian Digital sedang memuktamadkan RUU AI sebelum dibentangkan di Parlimen."),
    ("my-ai-bill", EVENT, "The Artificial Intelligence Governance Bill 2026 was tabled in the Dewan Rakyat for its "
                          "first reading, Gobind said."),
    ("my-ai-bill", NO_EVENT, "Gobind: AI governance bill slated for tabling in Malaysia's next parliamentary session"),
    # ---- Vietnam
    ("vn-ai-high-risk-list", EVENT, "Thủ tướng Chính phủ ký Quyết định ban hành Danh mục hệ thống AI có rủi ro cao, "
                                    "có hiệu lực từ ngày ký."),
    ("vn-ai-high-risk-list", NO_EVENT, "Chính phủ yêu cầu Bộ KH&CN khẩn trương hoàn thiện danh mục hệ thống AI rủi "
                                       "ro cao để ban hành."),
    ("vn-ai-high-risk-list", NO_EVENT, "Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao vẫn đang trong quá trình "
                                       "xây dựng, chưa thể ban hành."),
    # ---- Singapore
    ("sg-mas-ai-guidelines", EVENT, "MAS has issued its Guidelines on AI Risk Management, following consultation that "
                                    "closed in January."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS said it intends to issue the final Guidelines on AI Risk Management by "
                                       "end-2026."),
    # ---- Philippines
    ("ph-ai-bill", EVENT, "The Philippines' AI Regulation Act is now a law after President Marcos signed it on "
                          "Thursday."),
    ("ph-ai-bill", NO_EVENT, "Advocates fear the AI bill may never be signed into law."),
    ("ph-ai-bill", NO_EVENT, "The Senate is expected to approve the AI bill, after which it goes to the President to be "
                             "signed into law."),
]

HELD_OUT_V4: list[tuple[str, set[str | None], str]] = [
    ("asean-defa", EVENT, "Ten ASEAN leaders put pen to paper on the DEFA, signing it at the summit's closing "
                          "session."),
    ("asean-defa", EVENT, "Officials confirmed on Monday that the DEFA had been signed by every member state."),
    ("asean-defa", NO_EVENT, "Talks on the DEFA have concluded, and the agreement now heads for signature."),
    ("asean-defa", NO_EVENT, "Observers doubt the DEFA will be signed on time."),
    ("asean-defa", NO_EVENT, "The DEFA, to be signed in Kuala Lumpur, covers e-payments and data flows."),
    ("asean-defa", NO_EVENT, "Meski belum ditandatangani, DEFA disebut akan meningkatkan nilai ekonomi digital."),
    ("asean-defa", EVENT, "Indonesia turut menandatangani DEFA dalam KTT ASEAN di Kuala Lumpur kemarin."),
    ("asean-defa", NO_EVENT, "ไทยเล็งลงนาม DEFA ปลายปีนี้"),
    ("asean-defa", EVENT, "Chiều qua, lãnh đạo các nước ASEAN đã ký Hiệp định DEFA."),
    ("asean-defa", NO_EVENT, "Các chuyên gia cho rằng DEFA cần được ký sớm để thúc đẩy thương mại số."),
    ("id-ai-perpres", EVENT, "Perpres Nomor 9 Tahun 2026 tentang Kecerdasan Artifisial ditetapkan Presiden pada 3 Maret "
                             "2026 dan diundangkan pada hari yang sama."),
    ("id-ai-perpres", NO_EVENT, "Pemerintah tengah merampungkan Perpres AI yang rencananya diteken awal tahun."),
    ("id-ai-perpres", NO_EVENT, "DPR mendesak Presiden segera meneken Perpres kecerdasan artifisial."),
    ("id-ai-perpres", NO_EVENT, "Perpres AI tak kunjung terbit meski sudah dijanjikan sejak tahun lalu."),
    ("th-ai-law", EVENT, "คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ เมื่อวันอังคารที่ผ่านมา"),
    ("th-ai-law", NO_EVENT, "นายกฯ สั่งเร่งร่างกฎหมายปัญญาประดิษฐ์ให้ ครม. เห็นชอบโดยเร็ว"),
    ("th-ai-law", NO_EVENT, "ร่างกฎหมายปัญญาประดิษฐ์ต้องผ่านการพิจารณาของ ครม. ก่อนเข้าสภา"),
    ("th-ai-law", NO_EVENT, "Thailand's cabinet will review the AI bill once the Council of State finishes its vetting."),
    ("my-ai-bill", EVENT, "Gobind membentangkan RUU Tadbir Urus Kecerdasan Buatan di Dewan Rakyat pagi tadi."),
    ("my-ai-bill", NO_EVENT, "RUU AI hanya akan dibentangkan selepas konsultasi awam selesai, kata Gobind."),
    ("my-ai-bill", NO_EVENT, "Pembangkang mahu RUU AI dibentangkan segera di Dewan Rakyat."),
    ("my-ai-bill", NO_EVENT, "The AI governance bill is not expected to be tabled before next year, Malaysia's digital "
                             "minister said."),
    ("vn-ai-high-risk-list", EVENT, "Ngày 15/6, Thủ tướng đã ban hành danh mục hệ thống trí tuệ nhân tạo có rủi ro "
                                    "cao."),
    ("vn-ai-high-risk-list", NO_EVENT, "Bộ KH&CN đặt mục tiêu ban hành danh mục hệ thống AI có rủi ro cao trước quý "
                                       "II/2027."),
    ("vn-ai-high-risk-list", NO_EVENT, "Việc ban hành danh mục hệ thống AI rủi ro cao bị chậm so với kế hoạch."),
    ("sg-mas-ai-guidelines", EVENT, "Singapore: MAS issued the final Guidelines on AI Risk Management on 12 November."),
    ("sg-mas-ai-guidelines", NO_EVENT, "Financial institutions await MAS's final Guidelines on AI Risk Management."),
    ("ph-ai-bill", EVENT, "Republic Act No. 12345, the Artificial Intelligence Regulation Act, was signed into law on "
                          "Friday by President Marcos."),
    ("ph-ai-bill", NO_EVENT, "President Marcos vowed to sign the AI bill into law once Congress ratifies it."),
    ("ph-ai-bill", NO_EVENT, "The Senate ratified the bicameral report on the AI bill, which now awaits the "
                             "President's signature."),
]

# v5 (42 cases, written at the start of session 5, before that session's changes, in press style: datelines, reported
# speech, paraphrased subjects, statuses checked): first run (1204fbc) 38/42 = 90%, 2 false certain moves (the DEFA's
# signing "had slipped to" 2027; "what was billed as the signing of the DEFA, but the ceremony was called off"). Run
# again after the session's other work, before any fix it prompted: the same. Both false moves were then fixed
# (hedges.py: "slipped to", a noun event called off after a contrast); the two paraphrased DEFA signings failed until the
# 2026-12-02 session ("put their signatures to", "inked its digital economy framework"): 42/42 now.
CURRENT_V5: dict[str, str] = {
    "asean-defa": "approval", "id-ai-perpres": "approval", "th-ai-law": "drafting", "my-ai-bill": "drafting",
    "vn-ai-law": "adopted", "vn-ai-decree": "drafting", "sg-mas-ai-guidelines": "consultation",
}
PUBLISHED_V5 = date(2026, 12, 3)
HELD_OUT_V5: list[tuple[str, set[str | None], str]] = [
    ("asean-defa", REVIEW_OK | {"adopted"}, "KUALA LUMPUR, Nov 30 (Reuters) - Trade ministers from the 10-member Association of "
     "Southeast Asian Nations put their signatures to a long-awaited digital economy pact on Monday, a deal the bloc "
     "says could double the value of its digital economy by 2030."),
    ("asean-defa", REVIEW_OK | {"adopted"}, "ASEAN seals DEFA: ministers ink landmark digital trade deal in Kuala Lumpur"),
    ("asean-defa", NO_EVENT, "Officials said the signing of the Digital Economy Framework Agreement had slipped to the "
     "first half of 2027 after Indonesia asked for more time on data-flow provisions."),
    ("asean-defa", NO_EVENT, "The DEFA, which ministers had hoped to sign at the summit, still needs legal scrubbing in "
     "three member states."),
    ("asean-defa", NO_EVENT, "ASEAN ministers gathered in Kuala Lumpur on Monday for what was billed as the signing of "
     "the DEFA, but the ceremony was called off at the last minute."),
    ("asean-defa", EVENT | {"adopted"}, "JAKARTA, KOMPAS.com - Menteri Perdagangan Budi Santoso resmi meneken Perjanjian Kerangka "
     "Kerja Ekonomi Digital ASEAN (DEFA) dalam pertemuan di Kuala Lumpur, Senin (30/11/2026)."),
    ("asean-defa", NO_EVENT, "Hiệp định Khung Kinh tế số ASEAN (DEFA) dự kiến được ký kết vào đầu năm 2027."),
    ("asean-defa", EVENT | {"adopted"}, "Ngày 30/11, tại Kuala Lumpur, Bộ trưởng Bộ Công Thương đã thay mặt Chính phủ Việt Nam ký "
     "Hiệp định Khung Kinh tế số ASEAN (DEFA)."),
    ("asean-defa", EVENT | {"adopted"}, "รัฐมนตรีว่าการกระทรวงพาณิชย์ร่วมลงนามความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียน (DEFA) "
     "ที่กรุงกัวลาลัมเปอร์ เมื่อวันที่ 30 พฤศจิกายน"),
    ("asean-defa", NO_EVENT, "Menteri Perdagangan berkata Malaysia komited untuk memuktamadkan DEFA sebelum tempoh "
     "Kepengerusian ASEAN berakhir."),
    ("id-ai-perpres", EVENT | {"adopted"}, "Presiden Prabowo Subianto telah menandatangani Peraturan Presiden tentang Peta Jalan "
     "Kecerdasan Artifisial Nasional, kata Wakil Menteri Komdigi Nezar Patria di Jakarta, Selasa."),
    ("id-ai-perpres", REVIEW_OK | {"adopted"}, "Indonesia's President Prabowo Subianto has signed a presidential regulation on "
     "artificial intelligence, the communications ministry said on Tuesday, ending months of waiting."),
    ("id-ai-perpres", NO_EVENT, "Komdigi menargetkan Perpres AI bisa segera diteken Presiden sebelum akhir tahun."),
    ("id-ai-perpres", NO_EVENT, "Hingga kini Perpres AI belum juga ditandatangani, padahal drafnya sudah rampung sejak "
     "April."),
    ("id-ai-perpres", NO_EVENT_REVIEW_OK, "Perpres AI masih menunggu harmonisasi di Kementerian Hukum, kata Meutya Hafid."),
    ("id-ai-perpres", NO_EVENT, "Presiden menandatangani Perpres tentang percepatan transisi energi, sementara Perpres AI "
     "masih dalam harmonisasi."),
    ("th-ai-law", EVENT | {"consultation"}, "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ETDA) เปิดรับฟังความคิดเห็นต่อร่างพระราชบัญญัติว่าด้วย"
     "การส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ ตั้งแต่วันนี้ถึง 30 ธันวาคม"),
    ("th-ai-law", EVENT | {"approval"}, "คณะรัฐมนตรีมีมติเห็นชอบในหลักการร่างพระราชบัญญัติปัญญาประดิษฐ์ ตามที่กระทรวงดิจิทัลเพื่อเศรษฐกิจ"
     "และสังคมเสนอ"),
    ("th-ai-law", NO_EVENT, "กระทรวงดีอีคาดว่าจะเสนอร่างกฎหมาย AI ต่อคณะรัฐมนตรีภายในปีนี้"),
    ("th-ai-law", EVENT | {"consultation"}, "BANGKOK: Thailand's Electronic Transactions Development Agency has opened a public hearing on "
     "the draft artificial intelligence law, inviting comments until the end of the month."),
    ("th-ai-law", NO_EVENT, "Thailand plans to put its draft AI law to public hearing early next year, according to ETDA."),
    ("th-ai-law", NO_EVENT, "คณะรัฐมนตรีเห็นชอบร่างแถลงการณ์ร่วมรัฐมนตรีดิจิทัลอาเซียนว่าด้วยปัญญาประดิษฐ์"),
    ("my-ai-bill", EVENT | {"consultation"}, "Kementerian Digital hari ini melancarkan sesi libat urus awam bagi mendapatkan maklum balas "
     "terhadap Rang Undang-Undang Tadbir Urus Kecerdasan Buatan."),
    ("my-ai-bill", EVENT | {"approval"}, "Rang Undang-Undang Kecerdasan Buatan dibentangkan untuk bacaan kali pertama di Dewan Rakyat "
     "hari ini oleh Menteri Digital Gobind Singh Deo."),
    ("my-ai-bill", NO_EVENT, "Gobind berkata RUU AI dijangka dibentangkan di Parlimen pada pertengahan 2027."),
    ("my-ai-bill", EVENT | {"approval"}, "KUALA LUMPUR: The Artificial Intelligence Governance Bill was tabled for first reading in the "
     "Dewan Rakyat today by Digital Minister Gobind Singh Deo."),
    ("my-ai-bill", NO_EVENT, "Malaysia will table its AI governance bill in Parliament next year, Gobind said."),
    ("my-ai-bill", EVENT | {"consultation"}, "The Digital Ministry has launched a public consultation on the proposed AI Governance Bill, "
     "with feedback open until Dec 31."),
    ("my-ai-bill", EVENT | {"approval"}, "Kabinet telah meluluskan draf Rang Undang-Undang Tadbir Urus AI untuk dibentangkan di "
     "Parlimen, kata Gobind."),
    ("my-ai-bill", NO_EVENT, "Kazakhstan's president signed the country's first law on artificial intelligence on Monday."),
    ("my-ai-bill", NO_EVENT, "Dewan Rakyat meluluskan Rang Undang-Undang Keselamatan Dalam Talian 2024 selepas dibahaskan "
     "selama dua hari."),
    ("vn-ai-law", EVENT | {"in_force"}, "Luật Trí tuệ nhân tạo chính thức có hiệu lực thi hành từ hôm nay."),
    ("vn-ai-law", EVENT | {"in_force"}, "Vietnam's Law on Artificial Intelligence took effect on Sunday, making it one of the first "
     "countries in Southeast Asia with a dedicated AI statute."),
    ("vn-ai-law", NO_EVENT, "Luật Trí tuệ nhân tạo sẽ có hiệu lực từ ngày 1/3/2027."),
    ("vn-ai-law", NO_EVENT, "Businesses have until March 2027 to prepare before Vietnam's AI law takes effect."),
    ("vn-ai-law", NO_EVENT, "South Korea's AI Basic Act took effect on January 22, the first comprehensive AI law in Asia."),
    ("vn-ai-law", EVENT | {"in_force"}, "Undang-Undang Kecerdasan Buatan Vietnam resmi berlaku mulai 1 Maret 2026."),
    ("vn-ai-decree", EVENT | {"adopted"}, "Chính phủ ban hành Nghị định số 142/2026/NĐ-CP quy định chi tiết một số điều của Luật Trí tuệ "
     "nhân tạo."),
    ("vn-ai-decree", EVENT | {"consultation"}, "Bộ Khoa học và Công nghệ đang lấy ý kiến dự thảo Nghị định hướng dẫn Luật Trí tuệ nhân tạo."),
    ("sg-mas-ai-guidelines", EVENT | {"adopted"}, "The Monetary Authority of Singapore (MAS) today issued its Guidelines on Artificial "
     "Intelligence Risk Management, following a public consultation last year."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS said it expects to finalise the guidelines on AI risk management in the second "
     "half of 2027."),
    ("sg-mas-ai-guidelines", NO_EVENT_REVIEW_OK, "MAS is seeking comments on proposed Guidelines on AI Risk Management "
     "until 31 January."),
]

# v6 (46 cases, written at the start of the 2026-12-02 session before its changes: press-style reports and near-misses
# in five languages, statuses checked): first run (35ad690) 43/46 = 93%, 2 false certain moves ("Hoaks! Beredar kabar
# Perpres AI sudah diteken, Komdigi membantah"; "Thailand's draft AI law is still being revised after public hearings",
# whose hearings did take place: a debatable label); one miss (a Thai consultation open "ถึงวันที่ 15 ธันวาคม", read as
# expected on the 15th). Run again after the session's other work: 45/46, the debatable one left.
CURRENT_V6 = {
    "asean-defa": "approval", "id-ai-perpres": "approval", "th-ai-law": "drafting", "my-ai-bill": "drafting",
    "vn-ai-law": "adopted", "vn-ai-decree": "drafting", "sg-mas-ai-guidelines": "consultation", "ph-ai-bill": "approval",
    "vn-ai-high-risk-list": "drafting",
}
PUBLISHED_V6 = date(2026, 12, 3)
HELD_OUT_V6 = [
    ("asean-defa", EVENT | {"adopted"}, "ASEAN economic ministers on Wednesday signed the long-negotiated Digital Economy "
     "Framework Agreement at a ceremony in Kuala Lumpur, the ASEAN Secretariat said."),
    ("asean-defa", REVIEW_OK | {"adopted"}, "Southeast Asian nations signed a landmark region-wide digital economy agreement on "
     "Wednesday, which officials say could double the bloc's digital economy to $2 trillion by 2030."),
    ("asean-defa", EVENT | {"adopted"}, "Indonesia bersama sembilan negara ASEAN lainnya resmi menandatangani DEFA di Kuala Lumpur, "
     "Rabu (2/12/2026)."),
    ("asean-defa", EVENT | {"adopted"}, "Chiều 2/12, các Bộ trưởng Kinh tế ASEAN đã ký kết Hiệp định Khung Kinh tế số ASEAN (DEFA), "
     "đánh dấu bước ngoặt trong hội nhập số khu vực."),
    ("asean-defa", EVENT | {"adopted"}, "อาเซียนลงนามความตกลง DEFA อย่างเป็นทางการแล้ว เมื่อวันที่ 2 ธันวาคม 2569"),
    ("asean-defa", EVENT | {"adopted"}, "Menteri-menteri ekonomi ASEAN menandatangani Perjanjian Rangka Kerja Ekonomi Digital (DEFA) "
     "di Kuala Lumpur semalam."),
    ("asean-defa", NO_EVENT, "ASEAN is expected to sign the DEFA within days, a senior trade official told reporters on "
     "Wednesday."),
    ("asean-defa", NO_EVENT, "Officials said the DEFA signing, originally slated for this week, would now take place in early "
     "2027."),
    ("asean-defa", NO_EVENT, "Penandatanganan DEFA yang semula dijadwalkan akhir November kini mundur ke awal 2027."),
    ("asean-defa", NO_EVENT, "Việc ký kết Hiệp định DEFA đã bị hoãn sang năm 2027."),
    ("asean-defa", NO_EVENT, "Why the DEFA signing matters for Southeast Asia's startups"),
    ("asean-defa", NO_EVENT_REVIEW_OK, "Since ASEAN concluded DEFA negotiations last year, member states have been preparing "
     "for domestic ratification."),
    ("asean-defa", NO_EVENT, "Ministers are scheduled to put pen to paper on the DEFA at the ASEAN Economic Ministers' meeting "
     "next week."),
    ("asean-defa", NO_EVENT, "The DEFA, signed? Not yet: ministers still disagree on data localisation."),
    ("id-ai-perpres", EVENT | {"adopted"}, "Presiden Prabowo Subianto akhirnya meneken Peraturan Presiden (Perpres) Nomor 12 Tahun "
     "2026 tentang Peta Jalan Kecerdasan Artifisial Nasional."),
    ("id-ai-perpres", EVENT | {"adopted"}, "Perpres AI Resmi Terbit, Komdigi: Jadi Acuan Pengembangan AI Nasional"),
    ("id-ai-perpres", REVIEW_OK | {"adopted"}, "Indonesia has issued a presidential regulation on artificial intelligence, Deputy "
     "Minister Nezar Patria confirmed on Wednesday."),
    ("id-ai-perpres", NO_EVENT, "Perpres AI ditargetkan terbit sebelum akhir tahun, kata Nezar."),
    ("id-ai-perpres", NO_EVENT, "Komdigi masih menunggu tanda tangan Presiden untuk Perpres AI."),
    ("id-ai-perpres", NO_EVENT, "Presiden Prabowo menandatangani Perpres Nomor 10 Tahun 2026 tentang Badan Gizi Nasional."),
    ("id-ai-perpres", NO_EVENT_REVIEW_OK, "Draf Perpres AI kini sudah diserahkan ke Sekretariat Negara untuk diteken."),
    ("id-ai-perpres", NO_EVENT, "Hoaks! Beredar kabar Perpres AI sudah diteken, Komdigi membantah."),
    ("th-ai-law", EVENT | {"consultation"}, "สพธอ. หรือ ETDA เปิดรับฟังความคิดเห็นร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านระบบกลางทางกฎหมาย "
     "ถึงวันที่ 15 ธันวาคม 2569"),
    ("th-ai-law", EVENT | {"approval"}, "ครม. ไฟเขียวร่าง พ.ร.บ. ปัญญาประดิษฐ์ ส่งกฤษฎีกาตรวจพิจารณา"),
    ("th-ai-law", NO_EVENT, "ดีอี เตรียมเสนอร่างกฎหมาย AI เข้า ครม. ต้นปีหน้า"),
    ("th-ai-law", REVIEW_OK | {"approval"}, "Thailand's cabinet on Tuesday approved in principle a draft law on artificial "
     "intelligence proposed by the digital economy ministry."),
    ("th-ai-law", NO_EVENT_REVIEW_OK, "Thailand's draft AI law is still being revised after public hearings, ETDA said."),
    ("th-ai-law", NO_EVENT, "เวียดนามประกาศใช้กฎหมายปัญญาประดิษฐ์ฉบับแรก มีผลบังคับใช้ 1 มีนาคม 2569"),
    ("my-ai-bill", EVENT | {"approval"}, "RUU Tadbir Urus Kecerdasan Buatan dibentangkan bagi bacaan kali pertama di Dewan Rakyat, "
     "semalam."),
    ("my-ai-bill", NO_EVENT, "Kerajaan menjangkakan RUU AI akan dibentangkan di Parlimen tahun depan."),
    ("my-ai-bill", REVIEW_OK | {"consultation"}, "Malaysia's Digital Ministry has opened a public consultation on its proposed AI "
     "governance bill, inviting feedback until January 15."),
    ("my-ai-bill", NO_EVENT, "Malaysia needs an AI law, but not a rushed one, writes a former regulator."),
    ("my-ai-bill", NO_EVENT, "Dewan Rakyat hari ini meluluskan Rang Undang-Undang Perlindungan Data Peribadi (Pindaan) 2024."),
    ("vn-ai-decree", EVENT | {"adopted"}, "Chính phủ vừa ban hành Nghị định 142/2026/NĐ-CP hướng dẫn Luật Trí tuệ nhân tạo, có hiệu "
     "lực từ ngày 1/1/2027."),
    ("vn-ai-law", EVENT | {"in_force"}, "Luật Trí tuệ nhân tạo chính thức có hiệu lực, đi vào cuộc sống từ hôm nay."),
    ("vn-ai-law", NO_EVENT, "Luật Trí tuệ nhân tạo sẽ chính thức có hiệu lực từ ngày 1/3/2027, Bộ KH&CN cho biết."),
    ("vn-ai-decree", NO_EVENT, "Bộ Khoa học và Công nghệ đang khẩn trương hoàn thiện dự thảo Nghị định quy định chi tiết Luật Trí "
     "tuệ nhân tạo để trình Chính phủ trong tháng 12."),
    ("vn-ai-decree", REVIEW_OK | {"adopted"}, "Vietnam's government has issued Decree 142/2026/ND-CP detailing the AI law, state "
     "media reported."),
    ("vn-ai-high-risk-list", EVENT | {"adopted"}, "Thủ tướng Chính phủ đã ký Quyết định ban hành Danh mục hệ thống trí tuệ nhân tạo "
     "có rủi ro cao."),
    ("vn-ai-high-risk-list", REVIEW_OK | {"consultation"}, "Dự thảo danh mục hệ thống AI có rủi ro cao đang được lấy ý kiến rộng "
     "rãi."),
    ("vn-ai-law", NO_EVENT, "Vietnam's National Assembly passed the Law on Digital Technology Industry, which includes a chapter "
     "on AI."),
    ("sg-mas-ai-guidelines", REVIEW_OK | {"adopted"}, "Singapore's central bank has finalised its guidelines on AI risk management "
     "for financial institutions, giving firms 12 months to comply."),
    ("sg-mas-ai-guidelines", NO_EVENT_REVIEW_OK, "MAS extends consultation on AI risk management guidelines by a month"),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS will publish final AI risk guidelines next year, managing director says"),
    ("ph-ai-bill", REVIEW_OK | {"adopted"}, "President Marcos signed the Artificial Intelligence Regulation Act into law on "
     "Wednesday."),
    ("ph-ai-bill", NO_EVENT, "Senators are set to resume plenary debates on the AI Regulation Act when Congress reconvenes in "
     "January."),
]


# v7 (46 cases, written at the start of the 2026-12-02 evening session before its changes: wire-style leads, Malay
# and Thai stages, other instruments beside the tracked one): first run (a16fc62) 43/46 = 93%, 1 false certain move
# ("Prabowo teken Perpres percepatan hilirisasi, Perpres AI menyusul": the next clause's schedule); one label
# corrected after the run (a Philippine Senate third reading is one chamber, not the bill passed, so no move); one
# debatable miss left ("ASEAN seals digital economy pact": the talks' end or the signature, read as the talks' end).
CURRENT_V7 = {
    "asean-defa": "approval", "id-ai-perpres": "approval", "th-ai-law": "drafting", "my-ai-bill": "drafting",
    "vn-ai-law": "in_force", "vn-ai-decree": "in_force", "sg-mas-ai-guidelines": "consultation", "ph-ai-bill": "approval",
    "vn-ai-high-risk-list": "in_force", "id-pdp-law": "in_force", "th-bot-ai-risk": "adopted", "id-ojk-ai-banking": "adopted",
}
PUBLISHED_V7 = date(2026, 12, 3)
HELD_OUT_V7 = [
    # DEFA
    ("asean-defa", REVIEW_OK | {"adopted"}, "ASEAN seals digital economy pact after three years of talks"),
    ("asean-defa", EVENT | {"adopted"}, "KUALA LUMPUR, Dec 2 (Reuters) - Southeast Asian economic ministers signed the ASEAN Digital "
     "Economy Framework Agreement on Wednesday, a deal the bloc says could double its digital economy by 2030."),
    ("asean-defa", EVENT | {"adopted"}, "Malaysia, selaku Pengerusi ASEAN, mengumumkan bahawa DEFA telah ditandatangani oleh kesemua "
     "sepuluh negara anggota pada Rabu."),
    ("asean-defa", EVENT | {"adopted"}, "Các nước ASEAN chính thức ký Hiệp định Khung Kinh tế số (DEFA) ngày 2/12."),
    ("asean-defa", NO_EVENT, "ASEAN ministers gather in Kuala Lumpur ahead of the expected signing of the DEFA on Friday."),
    ("asean-defa", NO_EVENT, "Thailand's cabinet approves draft DEFA text ahead of signing"),
    ("asean-defa", NO_EVENT, "DEFA signing slips to 2027 as members haggle over data flows, sources say"),
    ("asean-defa", NO_EVENT, "Penandatanganan DEFA dijadwalkan berlangsung pada KTT ASEAN mendatang, kata Menko Airlangga."),
    ("asean-defa", NO_EVENT, "Once signed, the DEFA must be ratified by each member state before it enters into force."),
    ("asean-defa", NO_EVENT, "Vietnam ký Hiệp định Thương mại tự do với Khối Thị trường chung Nam Mỹ (Mercosur)."),
    # Indonesia Perpres
    ("id-ai-perpres", EVENT | {"adopted"}, "Prabowo Teken Perpres Kecerdasan Artifisial, Ini Poin-poin Pentingnya"),
    ("id-ai-perpres", EVENT | {"adopted"}, "Pemerintah resmi mengundangkan Peraturan Presiden tentang Kecerdasan Artifisial pada Senin "
     "(30/11/2026), kata Wamenkomdigi Nezar Patria di Jakarta, Rabu."),
    ("id-ai-perpres", REVIEW_OK | {"adopted"}, "Indonesia's President Prabowo Subianto has signed a long-awaited presidential regulation "
     "on artificial intelligence, the communications ministry said on Wednesday."),
    ("id-ai-perpres", NO_EVENT, "Perpres AI Tak Kunjung Terbit, Pelaku Industri Menunggu Kepastian"),
    ("id-ai-perpres", NO_EVENT, "Komdigi: Perpres AI tinggal menunggu paraf Presiden."),
    ("id-ai-perpres", NO_EVENT, "Prabowo teken Perpres percepatan hilirisasi, Perpres AI menyusul."),
    ("id-ai-perpres", NO_EVENT, "Jika Perpres AI diteken tahun ini, Indonesia akan menjadi negara ASEAN kedua dengan regulasi AI."),
    ("id-ai-perpres", NO_EVENT_REVIEW_OK, "Menkomdigi Meutya Hafid menyebut draf Perpres AI sudah final dan segera diserahkan ke "
     "Presiden."),
    # PDP law (in force): neighbours
    ("id-pdp-law", NO_EVENT, "DPR dan pemerintah sepakat merevisi UU PDP untuk mengatur lembaga pengawas."),
    ("id-pdp-law", NO_EVENT, "Two years after the PDP Law took full effect, Indonesia has yet to set up its data protection agency."),
    # Thailand
    ("th-ai-law", EVENT | {"approval"}, "ครม.มีมติอนุมัติหลักการร่างพระราชบัญญัติว่าด้วยการส่งเสริมและกำกับดูแลปัญญาประดิษฐ์ "
     "เมื่อวันที่ 1 ธันวาคม 2569"),
    ("th-ai-law", REVIEW_OK | {"approval"}, "Thai cabinet endorses AI bill, sends it to Council of State for vetting"),
    ("th-ai-law", REVIEW_OK | {"consultation"}, "ETDA opens second round of public hearings on Thailand's draft AI law, running until "
     "December 20."),
    ("th-ai-law", NO_EVENT, "กระทรวงดีอีคาดว่าจะเสนอร่าง พ.ร.บ.ปัญญาประดิษฐ์ต่อ ครม. ภายในไตรมาสแรกปี 2570"),
    ("th-ai-law", NO_EVENT, "ครม.อนุมัติแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติ ระยะที่ 2 (พ.ศ. 2570-2575)"),
    ("th-ai-law", NO_EVENT, "Experts urge Thailand to slow down on AI law, warning of overregulation"),
    ("th-bot-ai-risk", NO_EVENT, "ธปท. เตรียมออกแนวนโยบายการใช้ AI ในภาคการเงินฉบับปรับปรุงปีหน้า"),
    # Malaysia
    ("my-ai-bill", EVENT | {"approval"}, "Rang Undang-Undang Kecerdasan Buatan 2026 dibentang untuk bacaan kali pertama di Dewan "
     "Rakyat hari ini."),
    ("my-ai-bill", REVIEW_OK | {"approval"}, "Malaysia tables AI governance bill in Parliament"),
    ("my-ai-bill", REVIEW_OK | {"consultation"}, "Kementerian Digital mengundang orang ramai memberi maklum balas terhadap draf RUU "
     "Kecerdasan Buatan sehingga 31 Disember."),
    ("my-ai-bill", NO_EVENT, "Gobind: RUU AI dijangka dibentang pada sidang Parlimen Februari depan."),
    ("my-ai-bill", NO_EVENT, "Kabinet meluluskan Pelan Hala Tuju Kecerdasan Buatan Negara 2026-2030, kata Gobind."),
    ("my-ai-bill", NO_EVENT, "Dewan Rakyat lulus RUU Keselamatan Dalam Talian 2025"),
    ("my-ai-bill", NO_EVENT, "Malaysia is not rushing its AI bill, digital minister Gobind Singh Deo said on Tuesday."),
    # Vietnam (in force): neighbours and repeats
    ("vn-ai-law", NO_EVENT, "Quốc hội thông qua Luật Chuyển đổi số, có hiệu lực từ ngày 1/7/2026."),
    ("vn-ai-law", NO_EVENT, "Bộ Khoa học và Công nghệ đề xuất sửa đổi một số điều của Luật Trí tuệ nhân tạo."),
    ("vn-ai-high-risk-list", NO_EVENT, "Bộ KH&CN lấy ý kiến dự thảo Thông tư hướng dẫn đánh giá sự phù hợp hệ thống AI."),
    ("vn-ai-decree", NO_EVENT, "Chính phủ ban hành Nghị định về quản lý dữ liệu số, có hiệu lực từ 1/1/2027."),
    # Singapore MAS
    ("sg-mas-ai-guidelines", REVIEW_OK | {"adopted"}, "MAS finalises AI risk management guidelines for banks, insurers"),
    ("sg-mas-ai-guidelines", EVENT | {"adopted"}, "The Monetary Authority of Singapore (MAS) today issued its Guidelines on Artificial "
     "Intelligence Risk Management, following the public consultation that closed in January."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS expects to issue the final Guidelines on AI Risk Management in the first half of 2027."),
    ("sg-mas-ai-guidelines", NO_EVENT, "MAS issues consultation paper on tokenised capital markets products"),
    ("sg-mas-ai-guidelines", NO_EVENT, "Banks must comply with the MAS guidelines on AI risk management within 12 months once they "
     "are issued, lawyers note."),
    # Philippines
    ("ph-ai-bill", NO_EVENT_REVIEW_OK, "Senate approves AI regulation bill on third and final reading"),  # one chamber: not yet passed
    ("ph-ai-bill", NO_EVENT, "House panel approves AI bill; Senate version still pending at committee level"),
    ("ph-ai-bill", NO_EVENT, "Marcos urged to certify AI regulation bill as urgent"),
]


def held_out_results(cases: list[tuple[str, set[str | None], str]], current: dict[str, str] = CURRENT,
                     published: date | None = None) -> list[tuple[bool, str, set, str | None, str]]:
    """Per case: acceptable?, milestone, what was acceptable, the confidence and status found, the text. A status in the
    acceptable set (v5) must be the one found; a certain match of another status is then a false move too."""
    results = []
    for milestone, acceptable, text in cases:
        found = catalog_match(milestone, text, current[milestone], published)
        got = found.confidence if found else None
        statuses = acceptable - {C, P, None}
        good = got in acceptable and (not statuses or found.status in statuses)
        results.append((good, milestone, acceptable, f"{got} {found.status}" if found else None, text))
    return results


@pytest.mark.parametrize(("cases", "min_score", "max_false_moves"), [(HELD_OUT_V1, 0.95, 1), (HELD_OUT_V2, 0.8, 2),
                                                                  (HELD_OUT_V3, 0.8, 2), (HELD_OUT_V4, 0.8, 2),
                                                                  (HELD_OUT_V5, 0.9, 0), (HELD_OUT_V6, 0.95, 1),
                                                                  (HELD_OUT_V7, 0.95, 0)],
                         ids=["v1", "v2", "v3", "v4", "v5", "v6", "v7"])
def test_held_out_score(cases: list[tuple[str, set[str | None], str]], min_score: float, max_false_moves: int) -> None:
    dated = {id(HELD_OUT_V5): (CURRENT_V5, PUBLISHED_V5), id(HELD_OUT_V6): (CURRENT_V6, PUBLISHED_V6),
             id(HELD_OUT_V7): (CURRENT_V7, PUBLISHED_V7)}
    results = held_out_results(cases, *dated[id(cases)]) if id(cases) in dated else held_out_results(cases)
    misses = [r for r in results if not r[0]]
    false_moves = [r for r in misses if str(r[3]).startswith(C)]  # certain, on a non-event or of the wrong status
    score = 1 - len(misses) / len(results)
    report = "\n".join(f"  {m}: expected {sorted(map(str, a))}, got {g}: {t[:90]}" for _, m, a, g, t in misses)
    print(f"\nheld-out: {len(results) - len(misses)}/{len(results)} = {score:.0%}; "
          f"false certain moves: {len(false_moves)}\n{report}")
    assert score >= min_score, report
    assert len(false_moves) <= max_false_moves, report
