"""False alarms, five languages: text that must move nothing and ask nobody to review.

Every shared word another tuner adds to the vocabulary is checked against these tables: conditions ("if passed",
"nếu được thông qua", "jika disahkan", "sekiranya diluluskan", "หาก ... ผ่าน"), plans, hopes and opinions read as
events, attempts and failures, rumours, another country's law with the same verbs, other instruments (an AI action
plan approved by the Cabinet, a decree implementing the law), lists of laws whose clauses say different things,
and a bill's passage by a chamber that is not yet its adoption. Our own sentences, modelled on the real pages cited
beside them; the table rows are (milestone, its status before the text, text).
"""
from __future__ import annotations

import time

import pytest

from tests.monitor.language.catalog import C, outcome

EN = [
    ("asean-defa", "approval", "Read more: ASEAN signs DEFA in Kuala Lumpur\n\nMinisters will meet next week to decide "
                               "whether the DEFA can be signed this year."),
    # another jurisdiction named by a city or its own regulator (own sentence, 2026-12-02)
    ("sg-mas-ai-guidelines", "consultation", "Hong Kong's HKMA finalised its guidelines on AI risk management for banks "
                                             "on Monday."),
    # conditions (digitalpolicyalert.org event/22800: "The Act would establish ..."; pressreader.com
    # the-star-malaysia/20180330: "Once the Bill has been passed in both Houses, ...")
    # a noun event called off or put back after a contrast, and "slipped to" (the issue's "postponed" kind: "The signing of
    # the DEFA has been postponed to the first quarter of 2027"; own sentences)
    ("asean-defa", "approval", "ASEAN ministers gathered on Monday for what was billed as the signing of the DEFA, but "
                               "the ceremony was called off at the last minute."),
    ("asean-defa", "approval", "Kuala Lumpur had prepared for the signing of the DEFA, but it was postponed to 2027."),
    ("asean-defa", "approval", "Para menteri berkumpul untuk penandatanganan DEFA, namun acara itu ditunda."),
    ("asean-defa", "approval", "Officials said the signing of the Digital Economy Framework Agreement had slipped to "
                               "the first half of 2027."),
    ("id-ai-perpres", "approval", "The signing of the AI presidential regulation has slipped into next year."),
    ("ph-ai-bill", "approval", "If passed, the AI Regulation Act would create a national AI office."),
    ("ph-ai-bill", "approval", "Should the bill be passed, the AI Regulation Act would impose fines on developers."),
    ("ph-ai-bill", "approval", "The AI Regulation Act, if enacted, will require developers to register high-risk systems."),
    ("ph-ai-bill", "approval", "Once the AI Regulation Act has been passed in both Houses, it goes to the President."),
    ("ph-ai-bill", "approval", "In case the AI Regulation Act is signed, agencies get six months to comply."),
    ("asean-defa", "approval", "The DEFA, once signed, would be the world's first regional digital economy agreement."),
    # plans, targets, hopes, opinions (malaya.com.ph senate-targets-approval-of-12-priority-bills: "targets to pass
    # 12 priority measures", "vowed to act"; mb.com.ph 2025/06/10: "still pending before the Senate")
    ("ph-ai-bill", "approval", "The Senate aims to enact the AI Regulation Act before the year ends."),
    ("ph-ai-bill", "approval", "Marcos targets signing the AI Regulation Act by December."),
    ("ph-ai-bill", "approval", "Congress should adopt the AI Regulation Act, an expert said."),
    ("ph-ai-bill", "approval", "The AI Regulation Act is expected to be promulgated next year."),
    ("ph-ai-bill", "approval", "The Senate targets to pass the AI Regulation Act before Congress adjourns sine die."),
    ("ph-ai-bill", "approval", "The AI Regulation Act is still pending before the Senate for approval on third reading."),
    ("ph-ai-bill", "approval", "Senators were optimistic the AI Regulation Act would be signed."),
    ("asean-defa", "approval", "ASEAN is close to signing the DEFA, officials said."),
    ("asean-defa", "approval", "Signed or not, the DEFA matters for exporters."),
    # attempts, failures, refusals (gmanetwork.com 696657: "Some bills fail to pass Senate"; inquirer.net 1286395:
    # "adjourned sine die ... without passing")
    ("ph-ai-bill", "approval", "Lawmakers failed to pass the AI Regulation Act before the session ended."),
    ("ph-ai-bill", "approval", "Lawmakers are racing to pass the AI Regulation Act before Congress adjourns."),
    ("ph-ai-bill", "approval", "Congress refused to pass the AI Regulation Act."),
    ("ph-ai-bill", "approval", "The Senate adjourned sine die without passing the AI Regulation Act."),
    # rumours
    ("asean-defa", "approval", "Unconfirmed reports say the DEFA was signed on Sunday."),
    ("asean-defa", "approval", "Reports that the DEFA has been signed could not be confirmed."),
    # other countries, other instruments (biz.chosun.com en-it/2024/12/26: "The AI Basic Act has been passed in the
    # National Assembly"; mb.com.ph 2025/10/18: "the National AI Strategy ... recently approved by President Marcos")
    ("th-ai-law", "drafting", "South Korea enacted its AI Basic Act; Thailand's AI law is still in draft."),
    ("th-ai-law", "drafting", "The Cabinet approved the National AI Action Plan while Thailand's AI law is still being drafted."),
    ("ph-ai-bill", "approval", "President Marcos approved the National AI Strategy for the Philippines."),
    ("ph-ai-bill", "approval", "Congress passed the Konektadong Pinoy Act and the Tatak Pinoy Act, while the AI Regulation "
                               "Act remains pending."),
    # an alias that is only a kind and a topic names no act in particular after "a", nor next to another country
    # (wionews.com 2025-09-18: "Italy's parliament on Wednesday (September 17) passed a new law on artificial
    # intelligence"; kt.kz 2025-11-19: "Tokayev signed ... the law on artificial intelligence")
    ("vn-ai-law", "consultation", "Italy's parliament on Wednesday passed a new law on artificial intelligence, the first "
                                  "in the EU."),
    ("vn-ai-law", "consultation", "Parliament passed a comprehensive law on artificial intelligence on Wednesday."),
    ("vn-ai-law", "consultation", "Kazakhstan's President signed the Law on Artificial Intelligence on Monday."),
    # headline futures: "to" before the verb of an actor's phrase (en.vneconomy.vn vietnams-law-on-ai-expected-to-be-issued:
    # "If approved by the National Assembly in its ongoing session, Vietnam will become ...")
    ("vn-ai-law", "consultation", "Vietnam lawmakers to approve AI law"),
    ("vn-ai-law", "consultation", "National Assembly to pass Law on Artificial Intelligence on Wednesday"),
    ("vn-ai-law", "consultation", "If approved by the National Assembly in its ongoing session, Vietnam will become one of "
                                  "the first countries to enact a specialized law on AI."),
    ("asean-defa", "approval", "Leaders to ink DEFA at summit"),
    # a future period before a present-tense verb: the schedule, not the event (anninhthudo.vn
    # tuan-toi-cac-dai-bieu-quoc-hoi-chuyen-trach-se-cho-y-kien-8-du-an-luat-post570965: "Tuần tới, các đại biểu Quốc hội
    # chuyên trách sẽ cho ý kiến 8 dự án luật")
    ("vn-ai-law", "approval", "Next month, Vietnam's National Assembly passes the Law on Artificial Intelligence."),
    ("id-pdp-law", "consultation", "Next week, Indonesian lawmakers debate the personal data protection bill."),
    ("vn-ai-law", "adopted", "Later this year, Vietnam's AI law takes effect."),
]

ID = [
    ("id-ai-perpres", "approval", "Presiden meneken Perpres tentang transisi energi; Perpres AI ditargetkan terbit bulan "
                                  "depan."),
    # a link to another article opening its line (own sentence, 2026-12-02)
    ("id-ai-perpres", "approval", "Berita Terkait: Prabowo Teken Perpres AI, Ini Isinya\n\nKomdigi menargetkan Perpres AI "
                                  "rampung akhir tahun, kata Nezar Patria."),
    # conditions (beritasatu.com/news/978975: "Jika RUU PDP hari ini jadi disahkan, ..."; hukum.blog.unisbank.ac.id
    # ruu-pdp-di-indonesia: "Jika RUU ini gagal disahkan ...")
    ("id-ai-perpres", "approval", "Jika Perpres AI disahkan, perusahaan wajib melaporkan sistem berisiko tinggi."),
    ("id-ai-perpres", "approval", "Apabila disahkan, Perpres AI akan menjadi payung hukum pertama untuk AI."),
    ("id-ai-perpres", "approval", "Perpres AI, jika diteken Presiden, menjadi acuan bagi kementerian."),
    ("id-pdp-law", "drafting", "Jika RUU PDP hari ini jadi disahkan, peretas dapat dijatuhi hukuman."),
    ("id-pdp-law", "drafting", "Seandainya RUU PDP disahkan, lembaga pengawas harus dibentuk."),
    # plans, hopes, confidence ("RUU PDP ... diperkirakan dapat disahkan tahun ini", "pemerintah optimis", same page)
    ("id-pdp-law", "drafting", "RUU PDP diperkirakan dapat disahkan tahun ini."),
    ("id-pdp-law", "drafting", "RUU PDP rencananya bakal disahkan hari ini pada Rapat Paripurna di DPR."),
    ("id-ai-perpres", "approval", "Perpres AI diharapkan terbit bulan depan."),
    ("id-ai-perpres", "approval", "Komdigi optimistis Perpres AI diteken bulan ini."),
    ("id-ai-perpres", "approval", "Pengamat menilai Perpres AI sebaiknya segera diterbitkan."),
    ("asean-defa", "approval", "ASEAN menuju penandatanganan DEFA."),
    ("asean-defa", "approval", "Pasca-penandatanganan DEFA, negara anggota perlu meratifikasi perjanjian itu."),
    # failures, refusals, rumours
    ("id-ai-perpres", "approval", "Presiden menolak menandatangani Perpres AI."),
    ("id-ai-perpres", "approval", "Perpres AI gagal diteken tahun ini."),
    ("id-pdp-law", "drafting", "DPR menolak mengesahkan RUU PDP."),
    ("id-ai-perpres", "approval", "Kabar Perpres AI sudah diteken belum dapat dikonfirmasi."),
    # "sudah dapat" (can already) is a modal, not a perfect (ototekno.okezone.com 2025/10/24/16/3179038: "Insyaallah pada
    # awal tahun 2026, Peraturan Presiden tentang peta jalan ini sudah dapat diterbitkan")
    ("id-ai-perpres", "approval", "Insyaallah awal tahun depan Perpres AI sudah dapat diterbitkan dan menjadi pedoman."),
    ("id-ai-perpres", "approval", "Perpres AI diharapkan sudah bisa diteken bulan depan."),
    # headlines drop the prefixes of "mendesak", "menjelang" (news.detik.com d-6565979: "Mahfud Desak Pengesahan RUU
    # PPRT Dipercepat"; m.tribunnews.com 2024/08/22: "menolak disahkannya RUU tersebut", "agar RUU Pilkada tidak jadi
    # disahkan")
    ("id-pdp-law", "drafting", "Publik Desak DPR Sahkan RUU PDP"),
    ("id-pdp-law", "drafting", "Jelang Pengesahan RUU PDP, Ini Poin Pentingnya"),
    ("id-pdp-law", "drafting", "Mahasiswa menolak disahkannya RUU PDP dalam rapat paripurna."),
    ("id-pdp-law", "drafting", "Fraksi berjuang agar RUU PDP tidak jadi disahkan menjadi UU."),
    # other countries (world.kbs.co.kr lang=i Seq_Code=80372: "Korea Selatan resmi memberlakukan Undang-Undang Dasar
    # Kecerdasan Buatan (AI) mulai Kamis (22/01)")
    ("id-ai-perpres", "approval", "Korea Selatan resmi mengesahkan Undang-Undang Dasar Kecerdasan Buatan, sementara "
                                  "Indonesia masih menyusun Perpres AI."),
    ("id-ai-perpres", "approval", "Uni Eropa telah menerbitkan AI Act; Indonesia baru menyiapkan Perpres AI."),
    ("id-pdp-law", "consultation", "Pekan depan, DPR membahas RUU PDP bersama pemerintah."),
    ("id-pdp-law", "approval", "Bulan depan, Presiden meneken UU PDP."),
    # a condition in the clause before the verb's, in a language without tense ("kalau sudah disepakati baru dibawa ke
    # paripurna", amp.suara.com/news/2017/08/22/160227/perppu-ormas-digarap-komisi-ii-dpr)
    ("id-pdp-law", "consultation", "Kalau sudah disepakati, RUU PDP baru dibawa ke paripurna."),
    ("id-pdp-law", "approval", "Jika disetujui, Presiden menandatangani UU PDP."),
    ("id-pdp-law", "adopted", "Perusahaan mulai menerapkan AI sesuai UU PDP."),
]

VI = [
    ("vn-ai-law", "approval", "Tin liên quan: Quốc hội thông qua Luật Trí tuệ nhân tạo\n\nNgày 10/12, Quốc hội dự kiến "
                              "biểu quyết thông qua Luật Trí tuệ nhân tạo."),
    # conditions (huengaynay.vn ...-158849: "Nếu được Quốc hội thông qua, Luật Trí tuệ nhân tạo sẽ có hiệu lực thi hành
    # từ ngày 1/1/2026"; vneconomy.vn du-an-luat-tri-tue-nhan-tao-mo-duong-phat-trien-ai-tai-viet-nam: "Nếu được thông
    # qua, Việt Nam sẽ nằm trong nhóm quốc gia tiên phong")
    ("vn-ai-law", "consultation", "Nếu dự thảo Luật Trí tuệ nhân tạo được Quốc hội thông qua, Việt Nam sẽ là một trong "
                                  "những nước đầu tiên ban hành Luật AI."),
    ("vn-ai-law", "consultation", "Trong trường hợp Luật AI được thông qua, doanh nghiệp phải đăng ký hệ thống rủi ro cao."),
    ("vn-ai-law", "consultation", "Giả sử Luật Trí tuệ nhân tạo được ban hành, các startup sẽ được hỗ trợ."),
    ("vn-ai-law", "consultation", "Luật Trí tuệ nhân tạo, nếu được thông qua, sẽ tạo hành lang pháp lý cho AI."),
    # plans, hopes, needs, questions (ngaynay.vn post166824: "sự cần thiết phải ban hành Luật"; vneconomy.vn:
    # "đang được kỳ vọng sẽ tạo ra bước ngoặt"; vietnamplus.vn post1082164: "Dự kiến, chiều 10/12, Quốc hội sẽ thông
    # qua"; sggp.org.vn post816782: "kiến nghị Việt Nam không ban hành Luật riêng về AI")
    ("vn-ai-law", "consultation", "Chuyên gia cho rằng Việt Nam cần sớm ban hành Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", "Doanh nghiệp kỳ vọng Luật Trí tuệ nhân tạo được thông qua trong năm nay."),
    ("vn-ai-law", "consultation", "Luật Trí tuệ nhân tạo phải được ban hành sớm để bắt kịp xu thế."),
    ("vn-ai-law", "consultation", "Việt Nam hướng tới ban hành Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", "Chờ Luật Trí tuệ nhân tạo được thông qua"),
    ("vn-ai-law", "consultation", "Bao giờ Luật Trí tuệ nhân tạo được ban hành"),
    ("vn-ai-law", "consultation", "Việc ban hành Luật Trí tuệ nhân tạo là yêu cầu tất yếu."),
    ("vn-ai-law", "consultation", "Chuyên gia kiến nghị Việt Nam không ban hành Luật riêng về AI."),
    # another country, another clause, an implementing act (world.kbs.co.kr lang=v Seq_Code=69131: "Luật cơ bản về phát
    # triển trí tuệ nhân tạo ... của Hàn Quốc đã chính thức có hiệu lực từ ngày 22/1"; vietlaw.biz: "Nghị định ...
    # quy định chi tiết thi hành một số điều của luật")
    ("vn-ai-law", "consultation", "Luật cơ bản về phát triển trí tuệ nhân tạo của Hàn Quốc đã chính thức có hiệu lực."),
    ("vn-ai-law", "consultation", "Quốc hội thông qua Luật Dữ liệu, Luật Công nghiệp công nghệ số; Luật Trí tuệ nhân tạo "
                                  "sẽ được xem xét tại kỳ họp sau."),
    ("vn-ai-law", "adopted", "Chính phủ ban hành Nghị định quy định chi tiết Luật Trí tuệ nhân tạo, có hiệu lực từ "
                             "hôm nay."),
    ("vn-ai-law", "adopted", "Thông tư hướng dẫn thi hành Luật Trí tuệ nhân tạo chính thức có hiệu lực."),
    ("vn-ai-law", "consultation", "Tuần tới, Quốc hội thảo luận về dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", "Tháng sau, Quốc hội thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "adopted", "Năm tới, Luật Trí tuệ nhân tạo có hiệu lực."),
    ("vn-ai-law", "approval", "Nếu được đa số đại biểu tán thành, Quốc hội thông qua Luật Trí tuệ nhân tạo."),
    # another law's completed event is no evidence for this one's hedged one; applying AI is not applying the law
    ("vn-ai-law", "adopted", "Luật Dữ liệu đã có hiệu lực từ ngày 1/7, còn Luật Trí tuệ nhân tạo sẽ có hiệu lực từ năm sau."),
    ("vn-ai-law", "adopted", "Doanh nghiệp bắt đầu áp dụng trí tuệ nhân tạo theo Luật Trí tuệ nhân tạo."),
    # a delay counted from now after a present verb (own sentences: a certain in_force each before)
    ("vn-ai-law", "adopted", "Luật Trí tuệ nhân tạo có hiệu lực sau 6 tháng kể từ ngày ký."),
    ("vn-ai-law", "adopted", "Luật Trí tuệ nhân tạo có hiệu lực sau 6 tháng."),
]

MS = [
    # conditions and plans (sabahnewstoday.net ruu-antilompat-parti-dimuktamadkan-pembentangan-18-julai: "setelah mendapat
    # kelulusan Dewan Rakyat dan Dewan Negara, RUU tersebut akan dipersembahkan ..."; kosmo.com.my 2025/10/24
    # 11-dasar-tribunal-anti-buli-dibentang-1-disember-depan: "dijangka dibentangkan di Parlimen 1 Disember depan",
    # "jika semuanya berjalan seperti dirancang")
    ("my-ai-bill", "drafting", "Sekiranya diluluskan, RUU AI akan menjadi undang-undang pertama seumpamanya di rantau ini."),
    ("my-ai-bill", "drafting", "Jika RUU Tadbir Urus AI diluluskan Parlimen, syarikat perlu mematuhi peraturan baharu."),
    ("my-ai-bill", "drafting", "RUU AI dijangka dibentangkan di Dewan Rakyat tahun depan."),
    ("my-ai-bill", "drafting", "Jika semuanya berjalan seperti dirancang, bacaan pertama RUU AI boleh dibuat pada 1 Disember."),
    ("my-ai-bill", "drafting", "Setelah mendapat kelulusan Dewan Rakyat dan Dewan Negara, RUU AI akan dipersembahkan "
                               "kepada Yang di-Pertuan Agong untuk diperkenankan."),
    ("my-ai-bill", "drafting", "Gobind yakin RUU AI dibentangkan pada sesi akan datang."),
    ("my-ai-bill", "drafting", "RUU AI gagal dibentangkan pada sesi ini."),
    # another country, another clause
    ("my-ai-bill", "drafting", "Akta AI Kesatuan Eropah mula berkuat kuasa, dan Malaysia sedang merangka RUU AI."),
    ("my-ai-bill", "drafting", "Dewan Rakyat meluluskan RUU Keselamatan Dalam Talian dan RUU Data; RUU AI masih di "
                               "peringkat penggubalan."),
    # a delay counted from now after a present verb (own sentences, in the shape of the Acts' commencement clauses: a certain
    # in_force each before)
    ("my-ai-bill", "adopted", "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa dalam tempoh enam bulan selepas "
                              "diwartakan."),
    ("my-ai-bill", "adopted", "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa enam bulan selepas diwartakan."),
    ("my-ai-bill", "adopted", "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa dalam masa 12 bulan."),
    ("my-ai-bill", "drafting", "RUU AI dibentangkan dalam tempoh dua minggu."),
]

TH = [
    # conditions (matichon-style House and Cabinet shapes; mgronline.com cyberbiz/detail/9680000055327: "ก่อนเสนอเข้าสู่
    # การพิจารณาของคณะรัฐมนตรี")
    ("th-ai-law", "drafting", "หากร่าง พ.ร.บ. ปัญญาประดิษฐ์ผ่านความเห็นชอบของ ครม. จะเป็นกฎหมายฉบับแรกของไทย"),
    ("th-ai-law", "drafting", "เมื่อกฎหมาย AI ผ่าน ครม. แล้ว จะส่งต่อให้กฤษฎีกา"),
    ("th-ai-law", "drafting", "ในกรณีที่ร่าง พ.ร.บ. ปัญญาประดิษฐ์ผ่านสภา จะมีการตั้งสำนักงาน"),
    # plans and expectations (dailynews.co.th/news/3385831: "คาดว่ากระบวนการทั้งหมดจะแล้วเสร็จ และเสนอ ครม. เห็นชอบ",
    # "กระทรวงดีอีจะมีการผลักดันกฎหมายเอไอ")
    ("th-ai-law", "drafting", "คาดว่ากระบวนการทั้งหมดจะแล้วเสร็จ และเสนอ ครม. เห็นชอบกฎหมาย AI ในเดือน มิ.ย. นี้"),
    ("th-ai-law", "drafting", "รัฐบาลมีแผนเสนอร่างกฎหมาย AI ต่อ ครม. เห็นชอบในไตรมาสหน้า"),
    ("th-ai-law", "drafting", "ETDA มั่นใจว่ากฎหมาย AI ผ่าน ครม. ในปีนี้"),
    ("asean-defa", "approval", "หลังการลงนาม DEFA ประเทศสมาชิกต้องให้สัตยาบัน"),
    ("th-ai-law", "drafting", "จับตา ครม. ไฟเขียวร่างกฎหมาย AI"),  # watch for the Cabinet's green light
    # another instrument, another country (ryt9.com/s/iq01/3342183: "ครม. มีมติเห็นชอบ (ร่าง) แผนปฏิบัติการด้าน
    # ปัญญาประดิษฐ์เพื่อการพัฒนาประเทศไทย")
    ("th-ai-law", "drafting", "ที่ประชุมคณะรัฐมนตรี (ครม.) มีมติเห็นชอบ (ร่าง) แผนปฏิบัติการด้านปัญญาประดิษฐ์เพื่อการพัฒนา"
                             "ประเทศไทย"),
    ("th-ai-law", "drafting", "เกาหลีใต้ประกาศใช้กฎหมาย AI ฉบับแรกของโลก"),
    # a delay counted from the Gazette or from now ("จะให้เวลาเตรียมตัว 1 ปีนับตั้งแต่ลงประกาศในราชกิจจาฯ", matichon.co.th/
    # bullet-news-today/news_1512987): "อีก 180 วัน" was a certain in_force
    ("th-ai-law", "adopted", "พ.ร.บ. ปัญญาประดิษฐ์ ลงราชกิจจาฯ แล้ว มีผลบังคับใช้อีก 180 วัน"),
    ("th-ai-law", "adopted", "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้เมื่อพ้น 180 วัน นับแต่วันประกาศในราชกิจจานุเบกษา"),
    ("th-ai-law", "adopted", "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้ใน 1 ปีข้างหน้า"),
    ("th-ai-law", "adopted", "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้หลังประกาศ 1 ปี"),
]


@pytest.mark.parametrize(("milestone", "current", "text"), EN + ID + VI + MS + TH)
def test_no_move_and_no_review(milestone: str, current: str, text: str) -> None:
    found = outcome(milestone, text, current)
    assert found is None or found[0] == "expected", found


# What must still move beside them. A chamber's vote on a bill is its approval wherever a further act adopts it; the
# final act's actor next to the verb, or the verb of a single-chamber legislature, still adopts (cnnindonesia.com teknologi/20220923102552-192-851626:
# "RUU PDP yang sudah disahkan DPR menjadi UU pada Selasa (20/9) ... Sahnya itu ketika ... diundangkan";
# id.theasianparent.com uu-perlindungan-data-pribadi: "telah disahkan melalui rapat Paripurna DPR")
MOVES = [
    # the article's own report stands beside a link to another one
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo resmi meneken Perpres AI hari ini.\n\nBaca juga: "
                                                  "Komdigi siapkan aturan turunan"),
    # a verb keeps its report when something else is called off after it
    ("asean-defa", "approval", ("adopted", C), "ASEAN ministers signed the DEFA on Monday, but a gala dinner planned for "
                                               "the evening was cancelled."),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP resmi disahkan menjadi undang-undang. Pengesahan dilakukan "
                                                "oleh DPR RI siang tadi."),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP akhirnya disahkan. Ketua DPR Puan Maharani mengetuk palu."),
    ("id-pdp-law", "drafting", ("approval", C), "DPR sepakat untuk mengesahkan RUU PDP menjadi undang-undang."),
    ("vn-ai-law", "consultation", ("adopted", C), "Majelis Nasional Vietnam memberikan suara untuk mengesahkan "
                                                  "Undang-Undang tentang Kecerdasan Buatan."),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP (Rancangan Undang-Undang Perlindungan Data Pribadi) telah "
                                                "disahkan melalui rapat Paripurna DPR pada Selasa, 20 September 2022."),
    ("id-pdp-law", "approval", None, "UU PDP disahkan\nKetua DPR Puan Maharani mengetuk palu tanda pengesahan dalam "
                                     "rapat paripurna."),
    ("id-pdp-law", "approval", ("adopted", C), "Presiden Joko Widodo resmi mengesahkan UU PDP pada 17 Oktober 2022."),
    ("id-pdp-law", "approval", ("adopted", C), "Presiden Jokowi meneken UU PDP yang disahkan DPR bulan lalu."),
    ("id-pdp-law", "approval", ("adopted", C), "UU PDP Resmi Diundangkan\nRUU yang disahkan DPR pada September itu kini "
                                               "tercatat dalam Lembaran Negara."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI diluluskan dengan undi suara majoriti selepas dibahaskan di "
                                                "Dewan Rakyat."),
    ("my-ai-bill", "approval", ("adopted", C), "RUU AI diluluskan di Dewan Negara hari ini selepas diluluskan Dewan "
                                               "Rakyat pada Julai."),
    ("ph-ai-bill", "approval", None, "The AI Regulation Act was passed on Monday, with 20 senators voting in favour in "
                                     "the Senate."),
    ("ph-ai-bill", "approval", ("adopted", C), "The AI Regulation Act passed. President Marcos signed it on Friday in "
                                               "Malacañang."),
    ("vn-ai-law", "consultation", ("adopted", C), "Vietnam's National Assembly passed the Law on Artificial "
                                                  "Intelligence, unlike the US Congress."),
    ("vn-ai-decree", "adopted", ("in_force", C), "Nghị định quy định chi tiết Luật Trí tuệ nhân tạo chính thức có hiệu "
                                                 "lực từ hôm nay."),
    ("vn-ai-law", "consultation", ("adopted", C), "Vietnam's National Assembly passed a new Law on Artificial "
                                                  "Intelligence on Wednesday."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI dapat segera diterbitkan, namun kini Perpres itu sudah resmi "
                                                  "diterbitkan."),
    # a committee of the Assembly approving the bill is its verification, not the Assembly's vote (old.htv.com.vn
    # khai-mac-phien-hop-thu-11-uy-ban-thuong-vu-quoc-hoi: the Standing Committee "xem xét và cho ý kiến"; dientuungdung.vn
    # luat-tri-tue-nhan-tao-huong-toi-can-bang-giua-kiem-soat-rui-ro-va-khuyen-khich-sang-tao-12020.html: the Science
    # Committee's plenary "thẩm tra dự án Luật Trí tuệ nhân tạo"); the Assembly's own vote still adopts
    ("vn-ai-law", "consultation", ("approval", C), "Ủy ban Thường vụ Quốc hội thông qua dự án Luật Trí tuệ nhân tạo để "
                                                   "trình Quốc hội."),
    ("vn-ai-law", "consultation", ("approval", C), "The National Assembly's Standing Committee gave its approval to the "
                                                   "draft Law on Artificial Intelligence of Vietnam."),
    ("vn-ai-law", "consultation", ("approval", C), "Vietnam's National Assembly Committee for Science, Technology and "
                                                   "Environment approved the draft Law on Artificial Intelligence."),
    ("id-pdp-law", "consultation", ("approval", C), "Indonesia's House Commission I and the government unanimously "
                                                    "endorsed the personal data protection bill."),
    ("vn-ai-law", "consultation", None, "Ủy ban Thường vụ Quốc hội sẽ thông qua dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("adopted", C), "Vietnam's National Assembly passed the Law on Artificial Intelligence, "
                                                  "which its Committee for Science had approved in November."),
    # ... but a comparison or an idiom with "if" conditions nothing the verb's clause reports as done, and a comma right
    # before the event ends the clause before it
    ("id-pdp-law", "consultation", ("approval", C), "Jika dibandingkan dengan negara lain, DPR telah membahas RUU PDP lebih "
                                                    "lama."),
    ("vn-ai-law", "approval", ("adopted", C), "Nếu so với các nước, Việt Nam đã thông qua Luật Trí tuệ nhân tạo sớm hơn."),
    ("vn-ai-law", "approval", ("adopted", C), "If anything, Vietnam's National Assembly passed the Law on Artificial "
                                              "Intelligence faster than its neighbours."),
    # a past period before the verb is the event's own ("Last week, ...", "Tuần trước, ...")
    ("vn-ai-law", "consultation", ("approval", C), "Tuần trước, Quốc hội thảo luận về dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("approval", C), "Last week, Vietnam's National Assembly debated the Law on Artificial "
                                                   "Intelligence."),
    ("vn-ai-law", "approval", ("adopted", C), "Một năm sau khi được đề xuất, Luật Trí tuệ nhân tạo đã được Quốc hội thông "
                                              "qua."),
    # a time already gone, a perfect, or a deadline in another clause is no delay of the event
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa enam bulan lalu."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 telah berkuat kuasa dalam tempoh enam "
                                               "bulan selepas diwartakan."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentangkan dua minggu lalu di Dewan Rakyat."),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้มาแล้ว 2 ปี"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้แล้ว ผู้ประกอบการต้องแจ้ง ETDA ภายใน 30 วัน"),
    ("vn-ai-law", "adopted", ("in_force", C), "Luật Trí tuệ nhân tạo đã có hiệu lực được 6 tháng."),
    ("vn-ai-law", "adopted", ("in_force", C), "Luật Trí tuệ nhân tạo có hiệu lực từ hôm nay, doanh nghiệp có 12 tháng để tuân thủ."),
    ("id-pdp-law", "adopted", ("in_force", C), "UU PDP berlaku penuh hari ini, dua tahun setelah diundangkan."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), MOVES)
def test_what_still_moves(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_long_texts_stay_fast() -> None:
    """A page-long text of list sentences (about 40,000 characters, one run-on sentence) is read in a few seconds,
    and its hedged, listed events move nothing."""
    text = ("Quốc hội thông qua Luật Dữ liệu, Luật Công nghệ cao và Luật Trí tuệ nhân tạo sẽ được xem xét sau, "
            "đại biểu thảo luận; " * 400)
    started = time.perf_counter()
    assert outcome("vn-ai-law", text, "consultation") is None
    assert time.perf_counter() - started < 10
