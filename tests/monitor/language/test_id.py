"""Indonesian: each failure kind of issue 11, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, event_date, outcome, user_milestone

CASES = [
    # paraphrased subject: the instrument's kind and topic in Indonesian name Indonesia by themselves
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo menandatangani Peraturan Presiden Nomor 12 Tahun "
                                                  "2026 tentang Peta Jalan Kecerdasan Artifisial Nasional."),
    ("id-ai-perpres", "approval", ("adopted", C), "Peraturan Presiden tentang Etika Kecerdasan Artifisial resmi "
                                                  "diundangkan pada Senin (30/11)."),
    # words between actor and verb
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden, setelah rapat terbatas di Istana, akhirnya resmi meneken "
                                                  "Perpres AI."),
    # a future effective date in the signing story
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI telah ditandatangani hari ini dan berlaku mulai "
                                                  "1 Januari 2027."),
    ("id-ai-perpres", "adopted", ("expected", "in_force", "2027-01-01"), "Perpres AI berlaku mulai 1 Januari 2027."),
    # postponed, cancelled
    ("id-ai-perpres", "approval", None, "Penandatanganan Perpres AI ditunda hingga tahun depan."),
    ("id-ai-perpres", "approval", None, "Rencana pengesahan Perpres AI batal karena masih ada keberatan."),
    # future framing around a noun and a verb
    ("id-ai-perpres", "approval", None, "Pengesahan Perpres AI ditargetkan rampung awal tahun depan."),
    ("id-ai-perpres", "approval", None, "Menkomdigi menyebut Perpres AI segera diteken Presiden."),
    ("id-ai-perpres", "approval", None, "Perpres AI belum juga diterbitkan meski drafnya sudah selesai."),
    ("asean-defa", "approval", None, "Indonesia berharap DEFA dapat ditandatangani pada KTT mendatang."),
    # another instrument with the same verbs
    ("id-ai-perpres", "drafting", None, "Izin prakarsa penyusunan Rancangan Perpres AI telah dikirim ke Sekretariat "
                                        "Negara."),
    ("id-ai-perpres", "approval", None, "Komdigi menerbitkan Surat Edaran tentang Etika Kecerdasan Artifisial, "
                                        "sambil menunggu Perpres AI."),
    ("id-ai-perpres", "approval", None, "OJK meluncurkan Panduan Tata Kelola Kecerdasan Artifisial Perbankan; "
                                        "pemerintah masih menyiapkan Perpres AI."),
    ("id-pdp-law", "in_force", None, "Uni Eropa mencabut sebagian aturan perlindungan data pribadi."),
    # a future period right after the event word: announced, not reported
    ("id-ai-perpres", "approval", ("expected", "adopted", "2027-Q1"), "Draf Perpres AI rampung, terbit awal 2027"),
    # a plenary that only extends the deliberation is no step
    ("id-pdp-law", "drafting", None, "DPR memperpanjang pembahasan RUU Perlindungan Data Pribadi dalam Rapat Paripurna."),
    # DPR passage of a bill is approval, however the press writes it: headline verbs without prefix, "sah jadi UU",
    # the plenary after the verb (shapes of cnnindonesia.com 20190924130444-32-433358, kabar24.bisnis.com
    # 20220118/15/1490382, aktual.com dpr-resmi-mensahkan-ruu-tpks, djawanews.com 13780)
    ("id-pdp-law", "drafting", ("approval", C), "Paripurna DPR Sahkan RUU PDP Jadi UU"),
    ("id-pdp-law", "drafting", ("approval", C), "RUU Pelindungan Data Pribadi resmi disahkan menjadi undang-undang "
                                                "dalam rapat paripurna hari ini."),
    ("id-pdp-law", "drafting", ("approval", C), "Pimpinan sidang mengetuk palu tanda disahkannya RUU PDP menjadi UU."),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP Sah Jadi Undang-Undang"),
    ("id-pdp-law", "drafting", ("approval", C), "DPR akhirnya sepakat menjadikan RUU Pelindungan Data Pribadi menjadi "
                                                "undang-undang dalam Rapat Paripurna ke-5."),
    ("id-pdp-law", "drafting", ("approval", C), "Hari ini Rapat Paripurna DPR resmi mensahkan RUU Pelindungan Data "
                                                "Pribadi."),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP disetujui dalam pembicaraan tingkat I di Komisi I, Rabu (7/9)."),
    ("id-pdp-law", "drafting", None, "DPR menunda pengesahan RUU PDP ke masa sidang berikutnya."),
    # the President's act adopts it: "menetapkan", a title with its acronym in parentheses
    # (pasal.id perpres-no-48-tahun-2019: "Ditetapkan di Jakarta ... Diundangkan di Jakarta")
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo telah menetapkan Peraturan Presiden Nomor 5 Tahun "
                                                  "2026 tentang Peta Jalan Kecerdasan Artifisial."),
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden resmi meneken Peraturan Presiden (Perpres) tentang Peta "
                                                  "Jalan Kecerdasan Artifisial Nasional."),
    ("id-ai-perpres", "approval", ("adopted", C), "Vietnam sudah punya undang-undang; Prabowo Sahkan Perpres AI."),
    ("id-ai-perpres", "approval", None, "Draf Peraturan Presiden (Perpres) tentang Peta Jalan AI dan Etika AI "
                                        "segera ditandatangani."),
    # in force, with "efektif" (tvonenews.com 257647: "berlaku penuh per 17 Oktober 2024")
    ("id-pdp-law", "adopted", ("in_force", C), "Kominfo menegaskan UU PDP sudah efektif sejak 17 Oktober 2024."),
    ("id-pdp-law", "adopted", None, "UU PDP seharusnya berlaku penuh sejak tahun lalu, kata pengamat."),
    # consultation: "serap aspirasi", "memberikan masukan" (dev id-043's headline shape, IndoTelko)
    ("id-ai-perpres", "drafting", ("consultation", C), "Komdigi serap aspirasi publik untuk Rancangan Perpres AI."),
    ("id-ai-perpres", "drafting", ("consultation", C), "Masyarakat diundang memberikan masukan atas Rancangan Perpres "
                                                       "AI hingga 30 November."),
    # another instrument: the head of the phrase before the name, a ministerial regulation, a new clause
    ("id-ai-perpres", "approval", None, "Izin prakarsa Rancangan Perpres AI sudah diterbitkan Presiden."),
    ("id-ai-perpres", "approval", None, "Menkomdigi menerbitkan Peraturan Menteri tentang Kecerdasan Artifisial "
                                        "sambil menunggu Perpres AI."),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo meneken Perpres tentang Makan Bergizi Gratis, sementara "
                                        "Perpres AI masih dibahas."),
    ("id-pdp-law", "approval", None, "Peraturan Pemerintah tentang pelaksanaan UU PDP resmi diterbitkan pada Senin."),
    ("id-pdp-law", "approval", None, "Aturan turunan UU PDP akhirnya terbit."),
    ("id-ojk-ai-banking", "announced", None, "Surat Edaran Menkomdigi tentang Etika AI telah diterbitkan sebagai "
                                             "pedoman sementara sebelum Perpres AI."),
    ("id-pdp-law", "approval", None, "UU Cipta Kerja resmi berlaku, sementara UU PDP masih menunggu aturan turunan."),
    # own sentences of 2026-12-02: bare headline verbs ("Susun", "Luncurkan"), a draft sent ("dikirim") to the State
    # Secretariat, a time still to run before the verb ("Sebulan lagi", a month from now)
    ("id-ai-perpres", "announced", ("drafting", C), "Komdigi Susun Perpres AI, Libatkan Akademisi dan Industri"),
    ("id-ai-perpres", "consultation", ("approval", C), "Menkomdigi Meutya Hafid mengatakan draf Perpres AI sudah dikirim "
                                                       "ke Kementerian Sekretariat Negara."),
    ("id-ojk-ai-banking", "drafting", ("adopted", C), "OJK luncurkan Tata Kelola Kecerdasan Artifisial Perbankan "
                                                      "Indonesia"),
    ("id-ojk-ai-banking", "drafting", None, "OJK segera meluncurkan pedoman tata kelola AI untuk perbankan."),
    ("id-pdp-law", "adopted", None, "Sebulan lagi UU PDP berlaku penuh, banyak perusahaan belum siap."),
    ("id-pdp-law", "adopted", None, "Dua pekan lagi, UU PDP berlaku penuh."),
    # the bare headline verb "Rilis" issues; the noun of attribution ("dalam rilis resminya") and "bakal rilis" do not
    ("id-ojk-ai-banking", "drafting", ("adopted", C), "OJK Rilis Panduan Tata Kelola AI Perbankan, Bank Wajib Terapkan"),
    ("id-ojk-ai-banking", "drafting", None, "Dalam rilis resminya, OJK menyebut Panduan Tata Kelola AI Perbankan masih "
                                            "disusun."),
    ("id-ojk-ai-banking", "drafting", None, "OJK rilis pers: Panduan Tata Kelola AI Perbankan segera terbit"),
    ("id-ojk-ai-banking", "drafting", None, "OJK Bakal Rilis Panduan Tata Kelola AI Perbankan"),
    # a bill before a parliament: submitted, heard, debated (vietnam.vn/id luat-tri-tue-nhan-tao-kien-tao-moi-truong-
    # phap-ly-...: "Saat menyampaikan Proyek Hukum Kecerdasan Buatan, Wakil Menteri ...")
    ("vn-ai-law", "consultation", ("approval", C), "Majelis Nasional Vietnam membahas rancangan Undang-Undang tentang "
                                                   "Kecerdasan Buatan di aula pada Jumat pagi."),
    ("vn-ai-law", "consultation", ("approval", C), "Pemerintah menyerahkan rancangan Undang-Undang Kecerdasan Buatan "
                                                   "kepada Majelis Nasional Vietnam."),
    ("id-pdp-law", "drafting", ("approval", C), "Pemerintah menyerahkan RUU Pelindungan Data Pribadi ke DPR pekan lalu."),
    ("vn-ai-law", "consultation", None, "Majelis Nasional Vietnam akan membahas rancangan Undang-Undang Kecerdasan "
                                        "Buatan pada sidang berikutnya."),
    # projected, cancelled (wintechmobiles.com 2025/09/26 komdigi-ungkap-alasan-perpres-ai-belum-bisa-terbit-september)
    ("id-ai-perpres", "approval", None, "Perpres AI diproyeksikan terbit pada kuartal pertama."),
    ("id-ai-perpres", "approval", None, "Perpres AI batal terbit tahun ini."),
    # a bare "disahkan" in a text on the DPR's plenary is the DPR's passage, not the President's signature (dev id-052's
    # shape, tribunbanyumas.com: "Undang-undang Perlindungan Data Pribadi Disahkan" over "Sidang Paripurna DPR RI ...")
    ("id-pdp-law", "approval", None, "UU Pelindungan Data Pribadi Disahkan, Ini Sanksinya\nRapat Paripurna DPR RI "
                                     "akhirnya mengesahkan RUU PDP menjadi undang-undang, Selasa (20/9)."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI Diteken\nPresiden Prabowo meneken Perpres AI setelah "
                                                  "harmonisasi di Kementerian Hukum rampung."),
    # drafting: finishing the draft, its last stage, the initiative permit that opens it ("draf Peta Jalan AI Nasional sudah
    # masuk tahap finalisasi", selalukabar.com kemkomdigi-draf-perpres-ai-sudah-selesai; "Pemerintah tengah merampungkan dua
    # rancangan Peraturan Presiden (Perpres) terkait kecerdasan buatan", sinata.id ?p=10319; "masih berada pada tahap
    # permohonan izin prakarsa", xcloud.id ?p=574918). The roadmap and its white paper are the Perpres's drafts (catalog).
    ("id-ai-perpres", "announced", ("drafting", C), "Pemerintah saat ini sedang menyelesaikan draf Perpres AI, kata "
                                                    "Wamenkomdigi."),
    ("id-ai-perpres", "announced", ("drafting", C), "Draf Peta Jalan AI Nasional sudah masuk tahap finalisasi."),
    ("id-ai-perpres", "announced", ("drafting", C), "Pemerintah tengah merampungkan dua rancangan Peraturan Presiden terkait "
                                                    "kecerdasan buatan."),
    ("id-ai-perpres", "announced", ("drafting", C), "Komdigi sudah mengirimkan izin prakarsa Perpres AI kepada Kemensetneg."),
    ("id-ai-perpres", "announced", None, "Komdigi akan menyusun Perpres AI tahun depan."),
    ("id-ai-perpres", "announced", None, "Perpres AI perlu segera disusun."),
    ("id-ai-perpres", "announced", None, "Kemenkes sedang menyusun Peraturan Menteri tentang layanan kesehatan digital, "
                                         "sementara Perpres AI sudah di Setneg."),
    # consultation: inviting the public's input ("Komdigi mengajak publik untuk terlibat dalam penyusunan buku putih peta jalan",
    # teknologi.bisnis.com 20250809/101/1900734; "masyarakat memiliki kesempatan untuk memberikan saran terhadap Buku
    # Putih", zonagadget.co.id komdigi-undang-masyarakat-berkontribusi-pada-draf-buku-putih-ai)
    ("id-ai-perpres", "drafting", ("consultation", C), "Komdigi mengajak masyarakat memberi masukan atas Buku Putih Peta Jalan "
                                                       "AI Nasional."),
    ("id-ai-perpres", "drafting", ("consultation", C), "Kemkomdigi tengah menggelar uji publik Buku Putih Kecerdasan "
                                                       "Artifisial."),
    ("id-ai-perpres", "drafting", ("consultation", C), "Masa konsultasi publik Peta Jalan Kecerdasan Artifisial Nasional "
                                                       "diperpanjang sepekan."),
    ("id-ai-perpres", "drafting", None, "Komdigi akan membuka konsultasi publik Perpres AI bulan depan."),
    ("id-ai-perpres", "drafting", None, "Komdigi menggelar uji publik Rancangan Peraturan Menteri tentang layanan pos, "
                                        "sementara Perpres AI masih disusun."),
    # the press idiom "digodok" (being worked out), a finished draft, taking in input ("Komdigi sedang menggodok Roadmap dan
    # Peraturan Presiden terkait Artificial Intelligence", cnbcindonesia.com/tech/20250829162002-37-662651; "Perpres AI sudah
    # selesai disusun", prabumulihpos.bacakoran.co/read/22495)
    ("id-ai-perpres", "announced", ("drafting", C), "Perpres AI masih digodok di Komdigi."),
    ("id-ai-perpres", "announced", ("drafting", C), "Pemerintah tengah menggodok Perpres AI."),
    ("id-ai-perpres", "announced", ("drafting", C), "Draf Perpres AI sudah rampung, kata Dirjen."),
    ("id-ai-perpres", "announced", None, "Draf Perpres AI ditargetkan rampung Juli."),
    ("id-ai-perpres", "announced", None, "Perpres AI akan digodok tahun depan."),
    ("id-ai-perpres", "drafting", ("consultation", C), "Komdigi menerima masukan publik untuk Perpres AI hingga akhir "
                                                       "Agustus."),
    ("asean-defa", "announced", ("drafting", C), "Indonesia dan negara ASEAN melanjutkan perundingan Perjanjian Kerangka "
                                                 "Ekonomi Digital di Jakarta."),
    # work in its stage ("dalam tahap penyusunan") is drafting, and keeps an act that is only in its stage from being done;
    # an invitation to the public is a consultation only when it asks for input ("mengajak publik untuk terlibat dalam
    # penyusunan buku putih", teknologi.bisnis.com 20250809/101/1900734)
    ("id-ai-perpres", "announced", ("drafting", C), "Perpres AI dalam tahap penyusunan."),
    ("id-ai-perpres", "approval", None, "Perpres AI masih dalam tahap pengesahan."),
    ("id-ai-perpres", "approval", None, "Perpres AI dalam tahap penandatanganan Presiden."),
    ("id-ai-perpres", "drafting", ("consultation", C), "Komdigi mengajak publik untuk terlibat dalam penyusunan Buku Putih "
                                                       "Peta Jalan Kecerdasan Artifisial Nasional."),
    ("id-ai-perpres", "drafting", None, "Komdigi mengajak masyarakat memanfaatkan AI secara bijak sambil menunggu Perpres AI."),
    # the bill sent to the DPR is before parliament: "pemerintah akhirnya resmi mengirimkan Surat Presiden beserta draft
    # RUU ... kepada DPR" (cpu-data.info/read/2020/01/30/11395917, a KompasTekno mirror)
    ("id-pdp-law", "consultation", ("approval", C), "Pemerintah akhirnya mengirimkan Surpres dan draf RUU PDP kepada "
                                                    "DPR, Jumat (24/1)."),
    ("id-pdp-law", "consultation", ("approval", C), "Draf RUU Pelindungan Data Pribadi sudah dikirim ke DPR pekan lalu."),
    ("id-pdp-law", "consultation", None, "Pemerintah akan mengirimkan draf RUU PDP ke DPR bulan depan."),
    ("id-pdp-law", "consultation", None, "Draf RUU PDP belum dikirim ke DPR."),
    # awaiting the President's signature is the approval stage, never the signature: "RUU TNI ... kini tinggal
    # menunggu tanda tangan Presiden" (newsday.id/2025/04/11/ruu-tni-tinggal-menunggu-tanda-tangan-presiden), "Perpres
    # tersebut saat ini menunggu penandatanganan di Kementerian Hukum" (beritapusat.co.id, 2026-02-08)
    ("id-ai-perpres", "consultation", ("approval", C), "Perpres AI kini tinggal menunggu tanda tangan Presiden."),
    ("id-ai-perpres", "consultation", ("approval", C), "Perpres AI saat ini menunggu penandatanganan di Kementerian "
                                                       "Hukum."),
    ("id-ai-perpres", "consultation", ("approval", C), "Rancangan Perpres AI hanya menunggu persetujuan dari Presiden "
                                                       "Prabowo."),
    ("id-ai-perpres", "approval", None, "Perpres AI kini tinggal menunggu tanda tangan Presiden."),
    ("id-ai-perpres", "consultation", None, "Masyarakat menunggu penyusunan Perpres AI."),
    # the instrument named again with a demonstrative ("RUU tersebut masih dalam tahap harmonisasi di Kementerian
    # Sekretariat Negara", gatra.com/news-436656; "Perpres tersebut saat ini menunggu penandatanganan", beritapusat.co.id)
    ("id-pdp-law", "consultation", ("approval", C), "Banyak pihak mendorong pengesahan RUU PDP. Sejauh ini RUU tersebut "
                                                    "masih dalam tahap harmonisasi di Setneg."),
    ("id-ai-perpres", "consultation", ("approval", C), "Menteri berbicara soal Perpres AI di Serang. Ia mengatakan Perpres "
                                                       "tersebut saat ini menunggu penandatanganan."),
    ("id-ai-perpres", "consultation", None, "Menteri berbicara soal Perpres AI di Serang. Presiden juga meneken Perpres "
                                            "tentang Makan Bergizi Gratis. Perpres tersebut menunggu penandatanganan."),
    ("id-ai-perpres", "approval", None, "Menteri berbicara soal Perpres AI di Serang. Ia mengatakan Perpres tersebut "
                                        "akan segera diteken."),
    # a country that now has the law ("Vietnam kini memiliki kerangka hukum pertama yang khusus untuk AI", vietnam.vn/id/
    # luat-ai-duoc-thong-qua-nen-tang-cho-phat-trien-cong-nghe-so-va-chu-quyen-du-lieu)
    ("vn-ai-law", "approval", ("adopted", C), "Dengan Undang-Undang tentang Kecerdasan Buatan, Vietnam kini memiliki "
                                              "kerangka hukum pertama untuk AI."),
    ("vn-ai-law", "approval", None, "Dengan Undang-Undang tentang Kecerdasan Buatan, Vietnam akan memiliki kerangka "
                                    "hukum pertama untuk AI."),
    ("vn-ai-law", "approval", None, "Vietnam belum memiliki undang-undang tentang kecerdasan buatan."),
    # preparing two Perpres titled after their acronym; "kedua perpres tersebut" refers back to the headline's Perpres AI
    # ("Komdigi sedang mempersiapkan dua peraturan presiden (perpres) terkait ...", "sedang dalam proses finalisasi", a
    # Gadget report of 2025-09-24 quoting the deputy minister)
    ("id-ai-perpres", "announced", ("drafting", C), "Komdigi sedang mempersiapkan dua peraturan presiden (perpres) terkait "
                                                    "penggunaan dan pengembangan kecerdasan buatan."),
    ("id-ai-perpres", "announced", ("drafting", C), "Perpres AI Segera Terbit\nWamenkomdigi menyebut kedua perpres tersebut "
                                                    "sedang dalam proses finalisasi."),
    ("id-ai-perpres", "announced", None, "Perpres AI Segera Terbit\nWamenkomdigi menyebut kedua perpres tersebut akan masuk "
                                         "proses finalisasi bulan depan."),
    # the DPR's passage told as a noun in the plenary ("Pengesahan itu diputuskan melalui Rapat Paripurna kelima",
    # nasional.kompas.com/read/2022/09/20/14470341) is still the parliament's stage, not the President's signature
    ("id-pdp-law", "approval", None, "RUU PDP resmi disahkan menjadi undang-undang. Pengesahan itu diputuskan melalui "
                                     "Rapat Paripurna DPR, Selasa (20/9)."),
    ("id-pdp-law", "consultation", ("approval", C), "Pengesahan RUU PDP diputuskan melalui Rapat Paripurna DPR, Selasa "
                                                    "(20/9)."),
    # "already able to be issued" is a modal, not a completed issuance ("Peraturan Presiden tentang peta jalan ini sudah
    # dapat diterbitkan", ototekno.okezone.com/read/2025/10/24/16/3179038)
    ("id-ai-perpres", "approval", None, "Insyaallah pada awal tahun depan, Perpres AI sudah dapat diterbitkan."),
    ("id-ai-perpres", "approval", None, "Presiden meneken Perpres tentang Makan Bergizi Gratis, bukan Perpres AI."),
    # formulating the Perpres, launched negotiations, opening public participation ("Komdigi membuka ruang ...")
    ("id-ai-perpres", "announced", ("drafting", C), "Komdigi tengah merumuskan Perpres AI."),
    ("id-ai-perpres", "announced", ("drafting", C), "Perpres AI sedang dirumuskan."),
    ("id-ai-perpres", "announced", None, "Komdigi akan merumuskan Perpres AI."),
    ("asean-defa", "announced", ("drafting", C), "Perundingan DEFA diluncurkan pada 3 September 2023."),
    ("id-ai-perpres", "drafting", ("consultation", C), "Komdigi membuka ruang partisipasi publik untuk rancangan Perpres AI."),
    # the bill debated in the DPR, in the passive ("sejauh mana RUU PDP sudah dibahas", era.id/nasional/64270); a debate
    # still to come or not begun is none
    ("id-pdp-law", "consultation", ("approval", C), "RUU PDP masih dibahas di Komisi I DPR."),
    ("id-pdp-law", "consultation", ("approval", C), "RUU PDP yang sedang dibahas DPR memuat sanksi pidana."),
    ("id-pdp-law", "consultation", ("approval", C), "RUU PDP kini dibahas oleh DPR bersama pemerintah."),
    ("id-pdp-law", "consultation", None, "RUU PDP akan dibahas DPR pekan depan."),
    ("id-pdp-law", "consultation", None, "RUU PDP belum dibahas DPR."),
    ("id-pdp-law", "consultation", None, "Pemerintah berharap RUU PDP segera dibahas DPR."),
    # a Perpres described by what it regulates, behind a dateline ("Undang-undang (UU) yang mengatur kecerdasan buatan
    # (artificial Intelligence/AI) di Indonesia akan segera disiapkan pemerintah", satuju.com/berita/5579)
    ("id-ai-perpres", "announced", ("drafting", C), "Komdigi menyusun Perpres untuk mengatur penggunaan AI."),
    ("id-ai-perpres", "announced", ("drafting", C), "JAKARTA, KOMPAS.com - Pemerintah tengah menyusun peraturan presiden "
                                                    "yang mengatur pemanfaatan kecerdasan artifisial."),
    ("id-ai-perpres", "announced", None, "Komdigi akan menyusun Perpres untuk mengatur penggunaan AI tahun depan."),
    # the committee stage's decision and the step to the plenary ("Baleg DPR RI bersama perwakilan pemerintah ...
    # menyetujui revisi UU PPP dibawa ke tahap pengambilan keputusan tingkat II Rapat Paripurna", fajar.co.id/2022/04/14/
    # pembahasan-uu-ppp-dibawa-ke-rapat-paripurna/2)
    ("id-pdp-law", "consultation", ("approval", C), "Komisi I DPR dan pemerintah menyepakati RUU PDP dibawa ke rapat "
                                                    "paripurna."),
    ("id-pdp-law", "consultation", ("approval", C), "RUU PDP disetujui di tingkat I oleh Komisi I DPR."),
    ("id-pdp-law", "consultation", ("approval", C), "Pemerintah dan DPR menyepakati RUU PDP dibawa ke pengambilan keputusan "
                                                    "tingkat II."),
    ("id-pdp-law", "consultation", None, "RUU PDP akan dibawa ke rapat paripurna pekan depan."),
    # the public invited into the drafting, in the passive ("mengajak publik untuk terlibat dalam penyusunan buku putih",
    # teknologi.bisnis.com 20250809/101/1900734)
    ("id-ai-perpres", "drafting", ("consultation", C), "Publik diajak terlibat dalam penyusunan Perpres AI."),
    ("id-ai-perpres", "drafting", None, "Publik diajak memanfaatkan AI secara bijak, sementara Perpres AI masih disusun."),
    # the generic word the press uses for the one AI regulation: a description, so a review until a second source
    ("id-ai-perpres", "approval", ("adopted", C), "Aturan AI Akhirnya Terbit"),
    ("id-ai-perpres", "approval", ("adopted", C), "Indonesia issues long-awaited AI regulation"),
    ("id-ai-perpres", "approval", ("adopted", C), "Indonesia's long-awaited AI regulation signed by Prabowo"),
    ("id-ai-perpres", "approval", None, "Indonesia to issue AI regulation next year"),
    ("id-ai-perpres", "approval", None, "Komdigi: aturan AI masih digodok"),
    # the ministries' deliberation, finished, is the harmonisation stage; still running or to come, nothing
    ("id-ai-perpres", "consultation", ("approval", C), "Menkum: pembahasan Perpres AI di tingkat kementerian telah "
                                                       "selesai"),
    ("id-ai-perpres", "consultation", None, "Pembahasan Perpres AI di tingkat kementerian akan segera selesai."),
    ("id-ai-perpres", "consultation", None, "Menkum: pembahasan Perpres ojol di tingkat kementerian telah selesai"),
    # "cikal bakal" (the seed of) is no "bakal" (will)
    ("id-ai-perpres", "drafting", ("approval", C), "Cikal bakal Perpres AI itu kini memasuki tahap harmonisasi."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_indonesian(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # applied in full, the transition over, one of the laws that take effect
    ("UU PDP mulai diterapkan sejak 17 Oktober 2024.", date(2024, 10, 20), ("in_force", C)),
    ("Indonesia mulai menerapkan UU PDP secara penuh pada 17 Oktober 2024.", date(2024, 10, 20), ("in_force", C)),
    ("Masa transisi UU PDP berakhir pada 17 Oktober 2024.", date(2024, 10, 20), ("in_force", C)),
    ("Masa transisi UU PDP akan berakhir pada 17 Oktober 2024.", date(2024, 9, 20), ("expected", "in_force", "2024-10-17")),
    ("UU PDP merupakan salah satu dari tiga undang-undang yang mulai berlaku hari ini.", date(2024, 10, 17),
     ("in_force", C)),
    ("Perusahaan perlu mulai menerapkan UU PDP.", date(2024, 9, 20), None),
    ("UU PDP telah berlaku penuh sejak 17 Oktober.", date(2025, 9, 1), ("in_force", C)),
    # "ketika" (when) is a time clause like "khi" and "when": its event is the day's once that day has come
    ("Ketika UU PDP berlaku penuh, perusahaan wajib menunjuk petugas pelindungan data.", date(2024, 10, 1), None),
    ("Mulai 17 Oktober 2024, ketika UU PDP berlaku penuh, perusahaan wajib menunjuk petugas pelindungan data.",
     date(2024, 10, 17), ("in_force", C)),
    ("Mulai 17 Oktober 2024, ketika UU PDP berlaku penuh, perusahaan wajib menunjuk petugas pelindungan data.",
     date(2024, 9, 17), ("expected", "in_force", "2024-10-17")),
])
def test_in_force_by_paraphrase(text: str, published: date, expected: tuple | None) -> None:
    assert outcome("id-pdp-law", text, "adopted", published=published) == expected


def test_in_force_from_the_publication_day() -> None:
    # "UU PDP ... kini sudah sepenuhnya efektif berlaku mulai 17 Oktober 2024" (beta.tvonenews.com/berita/nasional/
    # 257647), read that day: the start is today, not ahead; a week earlier it is expected
    text = "UU PDP akan berlaku penuh mulai 17 Oktober 2024."
    assert outcome("id-pdp-law", text, "adopted", published=date(2024, 10, 17)) == ("in_force", C)
    assert outcome("id-pdp-law", text, "adopted", published=date(2024, 10, 10)) == ("expected", "in_force",
                                                                                    "2024-10-17")
    # read after the day, the start has come, whatever the tense ("UU PDP akan mulai berlaku pada 17 Oktober 2024",
    # CNN Indonesia, 20 Oct 2024); a start put off or only planned has not
    assert outcome("id-pdp-law", text, "adopted", published=date(2024, 10, 20)) == ("in_force", C)
    assert outcome("id-pdp-law", "UU PDP semula direncanakan berlaku pada 17 Oktober 2024, namun ditunda.", "adopted",
                   published=date(2024, 10, 20)) is None


def test_dates_resolve_against_the_publication() -> None:
    text = "Presiden Prabowo meneken Perpres AI pada Senin (30/11), dan aturan itu berlaku 1 Januari 2027."
    assert event_date("id-ai-perpres", text, "approval") == date(2026, 11, 30)
    text = "Presiden menandatangani Perpres AI kemarin."
    assert event_date("id-ai-perpres", text, "approval") == date(2026, 12, 2)


# Press-style sentences of the Indonesian and Malay lane, written before any fix in the wording of detik, Kompas, CNBC
# Indonesia, ANTARA, Bisnis and tvOnenews ("Resmi! DPR Sahkan Perppu Pemilu Jadi Undang-Undang", tvonenews.com 112310; "Puan
# kemudian mengetok palu"; "OJK secara resmi meluncurkan buku pedoman Tata Kelola Kecerdasan Artifisial", cloudcomputing.id
# ojk-luncurkan-pedoman-tata-kelola-ai; "OJK Keluarkan Panduan Tata Kelola AI untuk Lembaga Perbankan", expontt.com
# ?p=60342). First run on a16fc62, with the Malay ones in test_ms.PRESS_CASES: 49/58 right, 8 false certain moves (a ninth
# was my own label: "berlaku sejak diundangkan" is in force, as the matcher said); "Aturan AI Akhirnya Terbit" alone, an
# issuance read from a generic "aturan" and the topic, is left out (still nothing).
PRESS_CASES = [
    # the Perpres issued, as the press heads it
    ("id-ai-perpres", "approval", ("adopted", C), "Aturan AI Akhirnya Terbit\nPresiden Prabowo Subianto resmi meneken Peraturan "
                                                  "Presiden tentang Peta Jalan Kecerdasan Artifisial Nasional, Senin (30/11)."),
    ("id-ai-perpres", "approval", ("adopted", C), "Resmi! Prabowo Teken Perpres AI, Ini Isinya"),
    ("id-ai-perpres", "approval", ("adopted", C), "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto resmi menandatangani Peraturan "
                                                  "Presiden (Perpres) Nomor 5 Tahun 2026 tentang Peta Jalan Kecerdasan Artifisial "
                                                  "Nasional."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI resmi terbit. Beleid itu diteken Presiden Prabowo pada Senin (30/11) "
                                                  "dan diundangkan sehari kemudian."),
    ("id-ai-perpres", "approval", ("adopted", C), "Menkomdigi Meutya Hafid memastikan Perpres AI sudah diteken Presiden. \"Sudah "
                                                  "ditandatangani, tinggal diundangkan,\" kata Meutya di Jakarta, Rabu (2/12)."),
    ("id-ai-perpres", "approval", ("adopted", C), "Pemerintah Terbitkan Perpres Kecerdasan Artifisial, Atur Label Konten AI"),
    ("id-ai-perpres", "approval", None, "Perpres AI Tak Kunjung Terbit, Industri Menanti Kepastian"),
    ("id-ai-perpres", "approval", None, "Perpres AI Terbit? Komdigi: Masih di Meja Presiden"),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo meneken Perpres Nomor 12 Tahun 2026 tentang Percepatan Transformasi "
                                        "Digital, sementara Perpres AI masih menunggu."),
    ("id-ai-perpres", "approval", None, "Perpres AI Masih di Meja Presiden\nBaca juga: Resmi! Prabowo Teken Perpres Makan Bergizi "
                                        "Gratis\nKomdigi menyebut Perpres AI masih menunggu tanda tangan Presiden."),
    ("id-ai-perpres", "approval", None, "Vietnam resmi memberlakukan Undang-Undang Kecerdasan Buatan, sementara Indonesia masih "
                                        "menunggu Perpres AI."),
    ("id-ai-perpres", "approval", None, "Malaysia resmi mengesahkan RUU AI, Indonesia kapan?"),
    # OJK's banking guidance
    ("id-ojk-ai-banking", "drafting", ("adopted", C), "OJK menerbitkan Panduan Tata Kelola AI Perbankan, Selasa (29/4)."),
    ("id-ojk-ai-banking", "drafting", ("adopted", C), "Otoritas Jasa Keuangan (OJK) secara resmi meluncurkan buku Tata Kelola "
                                                      "Kecerdasan Artifisial Perbankan Indonesia yang wajib diterapkan seluruh "
                                                      "bank."),
    ("id-ojk-ai-banking", "drafting", ("adopted", C), "OJK Terbitkan Panduan Tata Kelola AI untuk Perbankan"),
    ("id-ojk-ai-banking", "drafting", None, "OJK menerbitkan POJK tentang penyelenggaraan teknologi informasi oleh bank umum, "
                                            "sedangkan Panduan Tata Kelola AI Perbankan menyusul."),
    ("id-ojk-ai-banking", "drafting", None, "OJK tengah menyusun Panduan Tata Kelola AI Perbankan yang ditargetkan segera terbit."),
    # the PDP law: the DPR's plenary (approval), the President's signature, in force; read on their days
    ("id-pdp-law", "drafting", ("approval", C), "DPR mengesahkan RUU PDP dalam Rapat Paripurna ke-5 Masa Persidangan I Tahun "
                                                "Sidang 2022-2023, Selasa (20/9/2022).", date(2022, 9, 20)),
    ("id-pdp-law", "drafting", ("approval", C), "Resmi! DPR Sahkan RUU Pelindungan Data Pribadi Jadi Undang-Undang",
     date(2022, 9, 20)),
    ("id-pdp-law", "drafting", ("approval", C), "Ketua DPR Puan Maharani mengetok palu tanda RUU PDP disetujui menjadi "
                                                "undang-undang.", date(2022, 9, 20)),
    ("id-pdp-law", "approval", ("adopted", C), "Presiden Joko Widodo resmi meneken UU Nomor 27 Tahun 2022 tentang Pelindungan Data "
                                               "Pribadi pada 17 Oktober 2022.", date(2022, 10, 20)),
    ("id-pdp-law", "adopted", ("in_force", C), "Mulai hari ini, UU PDP resmi berlaku penuh setelah masa transisi dua tahun "
                                               "berakhir.", date(2024, 10, 17)),
    ("id-pdp-law", "adopted", ("in_force", C), "UU PDP Resmi Berlaku, Perusahaan Wajib Tunjuk Pejabat Pelindungan Data",
     date(2024, 10, 17)),
    ("id-pdp-law", "drafting", None, "DPR mengesahkan RUU Keamanan dan Ketahanan Siber menjadi undang-undang; aturan itu "
                                     "melengkapi UU PDP."),
    ("id-pdp-law", "drafting", None, "Pemerintah menargetkan RUU PDP disahkan DPR pada masa sidang ini.", date(2022, 8, 20)),
    # the plenary agreeing that the bill enters the priority legislative programme plans it (was a certain approval)
    ("id-pdp-law", "drafting", None, "Rapat Paripurna DPR menyetujui RUU PDP masuk Prolegnas Prioritas 2021.", date(2021, 3, 23)),
    ("id-pdp-law", "drafting", ("approval", C), "Rapat Paripurna DPR menyetujui RUU PDP menjadi undang-undang.",
     date(2022, 9, 20)),
    ("id-pdp-law", "adopted", None, "UU PDP belum berlaku penuh, masa transisi masih berjalan hingga Oktober 2024.",
     date(2023, 10, 17)),
    # the DEFA in Indonesian
    ("asean-defa", "approval", ("adopted", C), "Para pemimpin ASEAN resmi menandatangani Perjanjian Kerangka Ekonomi Digital "
                                               "(DEFA) di sela KTT ASEAN, Kamis (3/12)."),
    ("asean-defa", "approval", None, "Penandatanganan DEFA diundur ke KTT ASEAN tahun depan."),
    # a later sentence that says the instrument is still short of the step: a headline the lead corrects, "aturan itu" read as
    # the Perpres of the next sentence (both were certain adoptions); the Malay headline case is in test_ms
    ("id-ai-perpres", "approval", None, "Presiden Prabowo telah meneken aturan itu pada Senin. Perpres tentang kecerdasan "
                                        "artifisial tersebut masih dibahas."),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo meneken aturan tersebut di Istana Merdeka, Jakarta. Namun, Perpres AI "
                                        "hingga kini belum diterbitkan dan masih menunggu harmonisasi."),
    ("id-ai-perpres", "approval", None, "Prabowo Teken Perpres AI\nMenkomdigi Meutya Hafid menyebut Perpres AI hingga kini masih "
                                        "menunggu tanda tangan Presiden."),
    ("id-ai-perpres", "approval", ("in_force", C), "Presiden Prabowo telah meneken aturan itu pada Senin. Perpres tentang "
                                                   "kecerdasan artifisial tersebut berlaku sejak diundangkan."),
    # ... written after the fix (first run 5/5): what such a sentence must not cancel: an earlier time ("Sebelumnya"),
    # another instrument, a step of the same status or a later one still to come, anything but work still going on
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo meneken Perpres AI, Senin (30/11). Sebelumnya, Perpres "
                                                  "tersebut masih dibahas di Kementerian Hukum."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI Resmi Diteken\nPresiden Prabowo meneken Perpres AI pada Senin "
                                                  "(30/11). Aturan turunannya masih disusun kementerian."),
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden Prabowo meneken Perpres AI pada Senin (30/11). Perpres itu masih "
                                                  "menunggu diundangkan oleh Kementerian Hukum."),
    ("id-pdp-law", "drafting", ("approval", C), "DPR mengesahkan RUU PDP dalam Rapat Paripurna, Selasa (20/9). RUU itu kini masih "
                                                "menunggu tanda tangan Presiden.", date(2022, 9, 20)),
    ("id-ai-perpres", "approval", ("adopted", C), "Prabowo Teken Perpres AI\nPresiden Prabowo meneken Perpres AI, Senin (30/11). "
                                                  "Perpres AI masih menuai kritik dari pegiat hak digital."),
    # a second batch, written before it ran with test_ms's sixth (first run on ef5c89f 35/37 for both, 2 false certain moves:
    # the Cabinet setting up a committee, in test_ms; "pedoman tata kelola AI untuk perusahaan asuransi, melengkapi Tata Kelola
    # Kecerdasan Artifisial Perbankan" read as the banking guidance, left out, still a certain adoption; one label of mine was
    # wrong: "akan berlaku penuh pada Oktober 2024" read in May expects in force that month)
    ("id-ai-perpres", "approval", ("adopted", C), "Jakarta, CNBC Indonesia - Presiden Prabowo Subianto akhirnya meneken Peraturan "
                                                  "Presiden (Perpres) tentang kecerdasan artifisial (AI). Beleid tersebut "
                                                  "diundangkan pada Senin (30/11/2026)."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI Diteken, Komdigi Siapkan Aturan Turunan"),
    ("id-ai-perpres", "approval", ("adopted", C), "Setelah lebih dari setahun dibahas, Perpres AI akhirnya terbit."),
    ("id-ai-perpres", "approval", ("adopted", C), "Pemerintah resmi menerbitkan Perpres Nomor 5 Tahun 2026 tentang Peta Jalan "
                                                  "Kecerdasan Artifisial Nasional."),
    ("id-ai-perpres", "approval", None, "Komdigi: Perpres AI Terbit Sebelum Akhir Tahun"),
    ("id-ai-perpres", "approval", None, "Meutya memastikan Perpres AI akan diteken Presiden dalam waktu dekat, kata dia di "
                                        "Kompleks Parlemen, Senayan, Jakarta, Rabu (2/12)."),
    ("id-ai-perpres", "approval", None, "Perpres AI belum juga diteken meski sudah masuk daftar prioritas Kementerian Hukum."),
    ("id-ai-perpres", "approval", None, "Istana membantah kabar Perpres AI sudah diteken Presiden."),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo meneken Keppres tentang Satgas Percepatan Kecerdasan Artifisial, Senin "
                                        "(30/11)."),
    ("id-ai-perpres", "approval", None, "Presiden Prabowo meneken Perpres tentang Badan Gizi Nasional. Sementara itu, Perpres AI "
                                        "masih di Kementerian Hukum."),
    ("id-ai-perpres", "approval", None, "Baca juga: Prabowo Teken Perpres AI, Ini Poin-poin Pentingnya"),
    ("id-ojk-ai-banking", "drafting", ("adopted", C), "OJK resmi merilis Tata Kelola Kecerdasan Artifisial Perbankan Indonesia, "
                                                      "Selasa (29/4/2025).", date(2025, 4, 29)),
    ("id-ojk-ai-banking", "drafting", None, "OJK Bakal Terbitkan Panduan Tata Kelola AI Perbankan Tahun Ini"),
    ("id-pdp-law", "drafting", ("approval", C), "RUU PDP Resmi Disahkan DPR, Ini Sanksi bagi Pelanggarnya", date(2022, 9, 20)),
    ("id-pdp-law", "drafting", ("approval", C), "Seluruh fraksi menyatakan setuju RUU PDP disahkan menjadi undang-undang dalam "
                                                "Rapat Paripurna DPR, Selasa (20/9/2022).", date(2022, 9, 20)),
    ("id-pdp-law", "approval", ("adopted", C), "Jokowi Teken UU PDP, Resmi Jadi UU Nomor 27 Tahun 2022", date(2022, 11, 2)),
    ("id-pdp-law", "approval", None, "UU PDP Belum Diteken Jokowi, Sudah Sebulan Sejak Disahkan DPR", date(2022, 10, 15)),
    ("id-pdp-law", "adopted", ("in_force", C), "Masa transisi dua tahun berakhir, UU PDP kini berlaku penuh.", date(2024, 10, 18)),
    ("id-pdp-law", "adopted", ("expected", "in_force", "2024-10"), "UU PDP akan berlaku penuh pada Oktober 2024, perusahaan "
                                                                   "diminta bersiap.", date(2024, 5, 1)),
]


@pytest.mark.parametrize("case", PRESS_CASES)
def test_indonesian_press(case: tuple) -> None:
    milestone, current, expected, text, *published = case
    assert outcome(milestone, text, current, *published) == expected


P3_AMENDMENT = user_milestone("ID", id=("RUU P3", "Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011"))


@pytest.mark.parametrize(("milestone", "text", "expected"), [
    # a bill's full title opens with its own kind word ("Rancangan Undang-Undang tentang ..."), and the number in it is
    # the amended law's: the House's consent is the parliamentary stage, no adoption (dpr.go.id, February 2022)
    (P3_AMENDMENT, "DPR RI menyetujui Rancangan Undang-Undang tentang perubahan kedua atas Undang-Undang Nomor 12 Tahun "
                   "2011 tentang Pembentukan Peraturan Perundang-Undangan (P3) sebagai RUU inisiatif DPR.",
     ("approval", C)),
    (P3_AMENDMENT, "Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 dibahas DPR.", ("approval", C)),
    # ... and an amendment bill is not the law it amends
    ("id-pdp-law", "DPR mengesahkan RUU tentang Perubahan atas UU PDP.", None),
])
def test_an_amendment_is_not_its_base_law(milestone, text: str, expected: tuple | None) -> None:
    assert outcome(milestone, text, "consultation") == expected
