"""Malay: each failure kind of issue 11 that Malaysian text shows, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, P, event_date, outcome, user_milestone

CASES = [
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus Kecerdasan Buatan dibentangkan untuk bacaan kali "
                                                "pertama di Dewan Rakyat hari ini."),
    # paraphrase: a bill on artificial intelligence, in Malay, names Malaysia
    ("my-ai-bill", "drafting", ("approval", C), "Rang undang-undang berkaitan kecerdasan buatan dibentangkan di "
                                                "Dewan Rakyat oleh Menteri Digital."),
    # words between actor and verb
    ("my-ai-bill", "drafting", ("approval", C), "Menteri Digital Gobind Singh Deo, dalam sidang pagi tadi, "
                                                "membentangkan RUU AI."),
    # future framing, postponement
    ("my-ai-bill", "drafting", None, "RUU AI dijangka dibentangkan di Parlimen tahun depan."),
    ("my-ai-bill", "drafting", None, "Pembentangan RUU Tadbir Urus Kecerdasan Buatan ditangguhkan ke sesi "
                                     "seterusnya."),
    ("my-ai-bill", "drafting", None, "Kerajaan akan membentangkan RUU AI selepas konsultasi awam."),
    ("my-ai-bill", "drafting", None, "Pembentangan RUU AI dibatalkan minggu ini."),
    # another country, another instrument
    ("my-ai-bill", "drafting", None, "DPR Indonesia membentangkan RUU Kecerdasan Buatan mereka."),
    ("my-ai-bill", "drafting", None, "Kabinet meluluskan Pelan Hala Tuju Kecerdasan Buatan Negara; RUU AI masih "
                                     "dirangka."),
    ("asean-defa", "approval", ("adopted", C), "Para pemimpin ASEAN menandatangani Perjanjian Rangka Kerja Ekonomi "
                                               "Digital di Kuala Lumpur."),
    ("asean-defa", "approval", None, "Malaysia menyasarkan DEFA dimeterai sebelum hujung tahun."),
    # Dewan Rakyat passage is the parliament's stage, however the press writes it (freemalaysiatoday.com 2024/12/11
    # dewan-rakyat-lulus-ruu-keselamatan-dalam-talian, buletintv3.my dewan-rakyat-lulus-ruu-perlembagaan)
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat lulus RUU Tadbir Urus Kecerdasan Buatan"),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat hari ini meluluskan Rang Undang-Undang (RUU) Tadbir Urus "
                                                "Kecerdasan Buatan 2026 menerusi undi belah bahagi."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI diluluskan Dewan Rakyat selepas dibahaskan oleh 30 Ahli "
                                                "Parlimen."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus AI dirujuk kepada Jawatankuasa Pilihan Khas Parlimen."),
    # the Senate, royal assent, in force (wartarakyat.com.my 2022/03/21: "diluluskan Dewan Rakyat ... dan seterusnya
    # oleh Dewan Negara"; docplayer.info 128521145: "mula berkuat kuasa pada tarikh yang ditetapkan")
    ("my-ai-bill", "approval", ("adopted", C), "Dewan Negara hari ini meluluskan RUU Tadbir Urus Kecerdasan Buatan 2026."),
    ("my-ai-bill", "approval", ("adopted", C), "Yang di-Pertuan Agong memperkenankan Akta Tadbir Urus Kecerdasan "
                                               "Buatan 2026."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan dikuat kuasa bermula 1 Disember 2026."),
    ("my-ai-bill", "drafting", ("consultation", C), "Orang ramai dijemput memberi maklum balas terhadap RUU Tadbir Urus "
                                                    "Kecerdasan Buatan sehingga 30 November."),
    # hedged passage
    ("my-ai-bill", "approval", None, "RUU AI perlu diluluskan segera, kata Ahli Parlimen pembangkang."),
    ("my-ai-bill", "approval", None, "Sekiranya diluluskan, Akta Tadbir Urus Kecerdasan Buatan akan berkuat kuasa "
                                     "tahun depan."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat meluluskan RUU Keselamatan Dalam Talian 2024, manakala RUU AI masih "
                                     "dirangka."),
    # other countries' parliaments in Malay: Vietnam's National Assembly names Vietnam, Europe's is not Malaysia's
    ("vn-ai-law", "approval", ("adopted", C), "Perhimpunan Kebangsaan meluluskan Undang-Undang Kecerdasan Buatan "
                                              "dengan 429 undi menyokong."),
    ("my-ai-bill", "drafting", None, "Parlimen Eropah meluluskan Akta Kecerdasan Buatan dengan majoriti besar."),
    ("my-ai-bill", "drafting", None, "Jepun meluluskan Akta AI pertamanya minggu lalu."),
    # Malay spelling is Malaysia's: the Indonesian PDP law is not named by "Perlindungan Data Peribadi" (dev ms-032's shape)
    ("id-pdp-law", "drafting", None, "Rang Undang-Undang (RUU) Perlindungan Data Peribadi (Pindaan) dibentangkan untuk "
                                     "bacaan kali pertama di Dewan Rakyat hari ini."),
    # another act's event in its own clause (dev ms-030's shape: "Akta Keselamatan Dalam Talian 2025 (ONSA), yang
    # berkuat kuasa pada 1 Jan")
    ("my-ai-bill", "drafting", None, "Akta Keselamatan Dalam Talian 2025 berkuat kuasa pada 1 Januari, manakala RUU AI "
                                     "masih dalam penggubalan."),
    ("my-ai-bill", "drafting", None, "Akta Perlindungan Data Peribadi (Pindaan) 2024 mula berkuat kuasa; langkah "
                                     "seterusnya ialah Akta AI."),
    # debate, the government's approval of the draft, drafting as a noun
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibahaskan di Dewan Rakyat hari ini."),
    ("my-ai-bill", "drafting", ("approval", C), "Kerajaan meluluskan draf RUU Tadbir Urus Kecerdasan Buatan untuk "
                                                "dibentangkan di Parlimen."),
    ("my-ai-bill", "announced", ("drafting", C), "RUU Tadbir Urus AI sudah di peringkat penggubalan oleh Jabatan "
                                                 "Peguam Negara, kata Menteri Digital semalam."),
    ("my-ai-bill", "announced", ("drafting", P), "RUU Tadbir Urus AI di peringkat penggubalan."),
    ("vn-ai-law", "consultation", ("approval", C), "Pada pagi 21 November, Perhimpunan Kebangsaan membincangkan draf "
                                                   "Undang-undang Kecerdasan Buatan Vietnam."),
    # a round of negotiations is the agreement's drafting; public engagement on a bill is its consultation
    ("asean-defa", "announced", ("drafting", C), "Pusingan rundingan ke-10 Perjanjian Rangka Kerja Ekonomi Digital berlangsung "
                                                 "di Kuala Lumpur."),
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital mengadakan libat urus awam bagi RUU AI."),
    ("my-ai-bill", "drafting", None, "Kementerian akan mengadakan libat urus awam bagi RUU AI tahun depan."),
    # a bill in preparation, or in the drafting process ("Rang Undang-Undang Tadbir Urus AI Dalam Persediaan", malaygazette.com
    # rang-undang-undang-tadbir-urus-ai-dalam-persediaan-tangani-deepfake)
    ("my-ai-bill", "announced", ("drafting", C), "Rang Undang-Undang Tadbir Urus AI Dalam Persediaan"),
    ("my-ai-bill", "announced", ("drafting", C), "RUU AI dalam proses penggubalan, kata Menteri."),
    ("my-ai-bill", "announced", None, "Kerajaan akan memulakan penggubalan RUU AI tahun depan."),
    # negotiations carried on (not "rundingan awam", the consultation); a consultation paper put out
    ("asean-defa", "announced", ("drafting", C), "Negara ASEAN meneruskan rundingan Perjanjian Rangka Kerja Ekonomi Digital di "
                                                 "Kuala Lumpur."),
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital menerbitkan kertas konsultasi awam bagi RUU AI."),
    ("my-ai-bill", "drafting", None, "Rundingan awam RUU AI akan diadakan tahun depan."),
    # awaiting royal assent is the step before it
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI kini menunggu perkenan diraja."),
    ("my-ai-bill", "approval", None, "RUU AI kini menunggu perkenan diraja."),
    # the Senate's vote, in a list of the bills it passed ("Dewan Negara meluluskan antaranya Rang Undang-Undang ...",
    # astroawani.com berita-malaysia/sidang-dewan-negara-labuh-tirai-17-rang-undang-undang-diluluskan-465268), royal
    # assent and the gazette ("Akta Majlis Keselamatan Negara 2016 kini diwartakan dan menunggu untuk pelaksanaan",
    # sarawakvoice.com 2016/06/14): adopted, not yet in force; plans and conditions are none of them
    ("my-ai-bill", "approval", ("adopted", C), "RUU Tadbir Urus Kecerdasan Buatan 2026 diluluskan di Dewan Negara hari ini."),
    ("my-ai-bill", "approval", ("adopted", C), "Sepanjang persidangan itu, Dewan Negara meluluskan antaranya RUU Keselamatan "
                                               "Siber 2024 dan RUU Tadbir Urus Kecerdasan Buatan 2026."),
    ("my-ai-bill", "approval", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 kini diwartakan dan menunggu untuk "
                                               "pelaksanaan."),
    ("my-ai-bill", "approval", ("adopted", C), "RUU AI telah mendapat perkenan diraja."),
    ("my-ai-bill", "approval", ("adopted", C), "RUU Tadbir Urus Kecerdasan Buatan telah menerima perkenan Yang di-Pertuan "
                                               "Agong."),
    ("my-ai-bill", "approval", None, "Akta Keselamatan Dalam Talian 2025 diwartakan semalam."),
    ("my-ai-bill", "approval", None, "Jika RUU AI diluluskan, syarikat perlu mematuhi peraturan baharu."),
    ("my-ai-bill", "approval", None, "RUU AI dijangka diluluskan Dewan Negara minggu depan."),
    ("my-ai-bill", "drafting", None, "RUU AI bakal dibentangkan di Dewan Rakyat pada sidang akan datang."),
    # the verb's clause is another's when the name opens one with its own schedule (own sentence, 2026-12-02)
    ("my-ai-bill", "drafting", None, "Malaysia meluluskan peruntukan RM50 juta untuk AI; RUU Tadbir Urus Kecerdasan "
                                     "Buatan dijangka dibentang tahun depan."),
    # (a month without its year is the coming one: the plan gives an expected date)
    ("my-ai-bill", "drafting", ("expected", "approval", "2027-03"), "RUU AI dirancang untuk dibentangkan pada Mac."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat meluluskan RUU Keselamatan Siber 2024."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan berkuat kuasa mulai hari ini."),
    ("my-ai-bill", "adopted", None, "Akta Tadbir Urus Kecerdasan Buatan dijangka berkuat kuasa tahun depan."),
    # drafting under way, engagement sessions, a consultation opened
    ("my-ai-bill", "announced", ("drafting", C), "Kerajaan sedang menggubal RUU AI, kata Menteri Digital."),
    ("my-ai-bill", "announced", ("drafting", C), "RUU Tadbir Urus AI sedang digubal oleh Kementerian Digital."),
    ("my-ai-bill", "announced", None, "Kerajaan merancang untuk menggubal RUU AI tahun depan."),
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital mengadakan sesi libat urus bersama industri "
                                                    "berhubung RUU AI."),
    ("my-ai-bill", "drafting", ("consultation", C), "Rundingan awam bagi RUU Tadbir Urus Kecerdasan Buatan dibuka sehingga "
                                                    "30 Disember."),
    # the agreement: talks concluded (active voice too), signed; a signature expected is not one
    ("asean-defa", "drafting", ("approval", C), "Negara anggota ASEAN memuktamadkan rundingan Perjanjian Rangka Kerja "
                                                "Ekonomi Digital."),
    ("asean-defa", "drafting", None, "ASEAN dan China memuktamadkan rundingan Perjanjian Perdagangan Bebas ASEAN-China "
                                     "3.0, manakala rundingan Perjanjian Rangka Kerja Ekonomi Digital diteruskan."),
    ("asean-defa", "approval", ("adopted", C), "Malaysia menandatangani Perjanjian Rangka Kerja Ekonomi Digital ASEAN (DEFA) "
                                               "hari ini."),
    ("asean-defa", "approval", ("adopted", C), "Perjanjian DEFA ditandatangani di Kuala Lumpur."),
    ("asean-defa", "approval", None, "Perjanjian Rangka Kerja Ekonomi Digital ASEAN dijangka dimeterai pada Sidang Kemuncak "
                                     "akan datang."),
    ("asean-defa", "approval", None, "DEFA akan ditandatangani pada Oktober."),
    ("vn-ai-law", "adopted", ("in_force", C), "Undang-undang Kecerdasan Buatan Vietnam berkuat kuasa mulai hari ini."),
    # launched negotiations (not a public consultation launched on another bill); a draft being prepared ("Kementerian Digital
    # sedang merangka Rang Undang-Undang (RUU) Tadbir Urus Kecerdasan Buatan", berita.rtm.gov.my, 9 February 2026)
    ("asean-defa", "announced", ("drafting", C), "ASEAN melancarkan rundingan DEFA."),
    ("asean-defa", "announced", None, "ASEAN akan melancarkan rundingan DEFA tahun depan."),
    ("my-ai-bill", "announced", ("drafting", C), "Draf RUU AI sedang disediakan oleh Jabatan Peguam Negara."),
    ("my-ai-bill", "drafting", None, "Kementerian melancarkan rundingan awam RUU Keselamatan Siber, manakala RUU AI masih "
                                     "dirangka."),
    ("asean-defa", "adopted", ("in_force", C), "Perjanjian DEFA berkuat kuasa mulai hari ini."),
    # the Cabinet's approval is the government's stage, never the adoption its verb alone would say; the approval as a
    # noun ("mendapat kelulusan Kabinet"); a draft being prepared is drafting
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet meluluskan RUU AI untuk dibentangkan di Parlimen."),
    ("my-ai-bill", "drafting", ("approval", C), "Jemaah Menteri telah bersetuju dengan draf RUU Tadbir Urus Kecerdasan Buatan."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI mendapat kelulusan Kabinet semalam."),
    ("my-ai-bill", "drafting", None, "RUU AI belum mendapat kelulusan Kabinet."),
    ("my-ai-bill", "drafting", None, "Kabinet dijangka meluluskan draf RUU AI bulan depan."),
    ("my-ai-bill", "announced", ("drafting", C), "Kementerian Digital kini dalam proses merangka RUU AI."),
    ("my-ai-bill", "drafting", None, "Draf RUU AI akan disediakan tahun depan."),
    # the readings in the Dewan Rakyat (sarawakvoice.com 2016/06/14: "bacaan pertama, bacaan kedua, Peringkat
    # Jawatankuasa dan bacaan ketiga"), negated or conditional
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus Kecerdasan Buatan dibentang untuk bacaan kali kedua di Dewan "
                                                "Rakyat."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI diluluskan di Dewan Rakyat dengan suara majoriti selepas bacaan kali "
                                                "ketiga."),
    ("my-ai-bill", "drafting", None, "Kerajaan tidak akan membentangkan RUU AI pada sesi ini."),
    ("my-ai-bill", "drafting", None, "RUU AI belum dibentangkan di Dewan Rakyat."),
    ("my-ai-bill", "drafting", None, "Sekiranya RUU AI dibentangkan, ia akan dirujuk kepada jawatankuasa."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 telah berkuat kuasa sejak 1 Disember."),
    ("my-ai-bill", "adopted", ("expected", "in_force", "2027-01-01"), "Akta Tadbir Urus Kecerdasan Buatan 2026 akan berkuat "
                                                                      "kuasa pada 1 Januari 2027."),
    # "soon" after the verb, intentions and proposals before it
    ("my-ai-bill", "drafting", None, "RUU AI dibentangkan tidak lama lagi, kata menteri."),
    ("my-ai-bill", "drafting", None, "RUU AI akan dibentangkan dalam masa terdekat."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentangkan di Dewan Rakyat hari ini dan akan dibahaskan tidak lama "
                                                "lagi."),
    ("my-ai-bill", "drafting", None, "Kerajaan berhasrat membentangkan RUU AI pada sesi akan datang."),
    ("my-ai-bill", "drafting", None, "Kementerian mencadangkan agar RUU AI dibentangkan segera."),
    ("my-ai-bill", "approval", None, "Apabila RUU AI diluluskan, pihak industri perlu bersedia."),
    ("asean-defa", "approval", None, "ASEAN berharap DEFA dapat ditandatangani pada 2026."),
    # a bill described by what it regulates, behind a dateline ("SHAH ALAM, 20 JAN: Rang Undang-Undang (RUU) Tadbir Urus
    # Kecerdasan Buatan (AI) kini sedang dibangunkan bagi memastikan penggunaan teknologi tersebut dikawal selia",
    # mediaselangor.com/ms/2026/01/340131)
    ("my-ai-bill", "announced", ("drafting", C), "Kerajaan Malaysia sedang merangka RUU yang mengawal selia kecerdasan "
                                                 "buatan."),
    ("my-ai-bill", "announced", ("drafting", C), "Kementerian Digital sedang merangka rang undang-undang bagi mentadbir "
                                                 "urus kecerdasan buatan."),
    ("my-ai-bill", "announced", ("drafting", C), "SHAH ALAM, 20 JAN: Rang Undang-Undang (RUU) Tadbir Urus Kecerdasan "
                                                 "Buatan (AI) kini sedang dibangunkan."),
    ("my-ai-bill", "announced", None, "Kerajaan akan merangka rang undang-undang untuk mengawal selia kecerdasan buatan."),
    # the public invited into the drafting (thesun.my/cerita/berita/pihak-berkepentingan-diseru-beri-cadangan-konstruktif-
    # untuk-ruu-antibuli-NK14877758: "Pihak berkepentingan diseru untuk menyuarakan cadangan konstruktif")
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital mengajak orang ramai untuk terlibat dalam "
                                                    "penggubalan RUU AI."),
    ("my-ai-bill", "drafting", ("consultation", C), "Orang ramai dijemput untuk memberikan pandangan terhadap RUU Tadbir Urus "
                                                    "Kecerdasan Buatan."),
    ("my-ai-bill", "drafting", ("consultation", C), "Pihak berkepentingan diseru untuk menyuarakan cadangan mengenai "
                                                    "penggubalan RUU AI."),
    ("my-ai-bill", "drafting", None, "Kementerian Digital akan mengajak orang ramai terlibat dalam penggubalan RUU AI."),
    ("my-ai-bill", "drafting", None, "Orang ramai dijemput menyertai Karnival AI Kebangsaan dan RUU AI sedang dirangka."),
    # the enforcement that starts today is the act's force ("Penguatkuasaan Akta Keselamatan Dalam Talian 2025 (ONSA) yang
    # bermula hari ini", RTM 2026-01-01), not the enforcement a regulator does
    (user_milestone("MY", ms=("Akta Keselamatan Dalam Talian 2025",)), "adopted", ("in_force", C),
     "KUALA LUMPUR, 1 Januari - Penguatkuasaan Akta Keselamatan Dalam Talian 2025 (ONSA) yang bermula hari ini "
     "menggariskan kerangka perundangan bagi meningkatkan keselamatan dalam talian."),
    (user_milestone("MY", ms=("Akta Keselamatan Dalam Talian 2025",)), "adopted", None,
     "MCMC meningkatkan penguatkuasaan Akta Keselamatan Dalam Talian 2025 terhadap platform media sosial."),
    # a sitting still to come, however long the bill's name between it and the verb (Bernama, 2025-05-01)
    (user_milestone("MY", ms=("RUU Pekerja Gig",)), "drafting", None,
     "KUALA LUMPUR: Kerajaan membentangkan draf Rang Undang-Undang (RUU) Pekerja Gig pada sidang Parlimen akan datang "
     "bagi menyelesaikan masalah kira-kira 2.2 juta pekerja dalam sektor tersebut."),
    (user_milestone("MY", ms=("RUU Pekerja Gig",)), "drafting", ("approval", C),
     "Kerajaan membentangkan Rang Undang-Undang (RUU) Pekerja Gig di Dewan Rakyat hari ini."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_malay(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


# Milestones a user adds with only their Malay names: the moves of other Malaysian acts, as the press wrote them, show how
# any tracked one's will read.
CYBER = user_milestone("MY", ms=("Akta Keselamatan Siber 2024", "RUU Keselamatan Siber"))
ANTI_HOPPING = user_milestone("MY", ms=("Akta Perlembagaan (Pindaan) (No. 3) 2022", "Akta A1663"))
ONLINE_SAFETY = user_milestone("MY", ms=("RUU Keselamatan Dalam Talian",), en=("Online Safety Bill",))
ANTI_HOPPING_BILL = user_milestone("MY", ms=("RUU lompat parti", "RUU berkaitan larangan wakil rakyat bertukar parti"))
USER_CASES = [
    # "today" after the verb is the publication day, whatever the tense: "akan mula berkuat kuasa hari ini"
    # (mforum2.cari.com.my/forum.php?mod=viewthread&tid=5370300, 26 August 2024); the headline form
    # (malaysiabangkit.com/2024/08/26/akta-keselamatan-siber-2024-berkuat-kuasa-hari-ini)
    (CYBER, "adopted", ("in_force", C), "KUALA LUMPUR - Perdana Menteri, Datuk Seri Anwar Ibrahim telah menetapkan Akta "
                                        "Keselamatan Siber 2024 (Akta 854) akan mula berkuat kuasa hari ini setelah mendapat "
                                        "perkenan Yang di-Pertuan Agong Sultan Ibrahim pada 18 Jun lepas dan disiarkan dalam "
                                        "Warta pada 26 Jun."),
    (CYBER, "adopted", ("in_force", C), "Akta Keselamatan Siber 2024 berkuat kuasa hari ini"),
    (CYBER, "adopted", ("in_force", C), "Akta Keselamatan Siber 2024 akan berkuat kuasa mulai hari ini, kata NACSA."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan akan mula terpakai hari ini."),
    (CYBER, "adopted", None, "Menteri berkata hari ini bahawa Akta Keselamatan Siber 2024 akan berkuat kuasa."),
    (CYBER, "adopted", None, "Akta Keselamatan Siber 2024 tidak akan berkuat kuasa hari ini."),
    ("my-ai-bill", "adopted", None, "Akta Tadbir Urus Kecerdasan Buatan akan berkuat kuasa, kata Menteri hari ini."),
    # "esok" (tomorrow) is an expectation; royal assent and the gazette adopt; both Houses' votes too ("akan berkuatkuasa esok
    # (5 Oktober 2022)", astroawani.com berita-politik/akta-antilompat-parti-berkuatkuasa-esok-wan-junaidi-384109; "telah
    # mendapat perkenan ... dan telah diwartakan", "diluluskan ... di Dewan Rakyat ... dan di Dewan Negara",
    # suarasarawak.my/2022/10/undang-undang-larangan-ahli-parlimen-lompat-parti-berkuat-kuasa-5-oktober)
    (ANTI_HOPPING, "adopted", ("expected", "in_force", "2022-10-05"),
     "KUALA LUMPUR: Akta Perlembagaan (Pindaan) (No 3) 2022, yang mempunyai peruntukan bagi melarang AhlI Dewan Rakyat "
     "bertukar parti, akan berkuatkuasa esok (5 Oktober 2022), kata Datuk Seri Wan Junaidi Tuanku Jaafar.", date(2022, 10, 4)),
    (ANTI_HOPPING, "approval", ("adopted", C), "Menjelas lanjut, Wan Junaidi berkata Akta Perlembagaan (Pindaan) (No.3) 2022 "
                                               "[Akta A1663] telah mendapat perkenan oleh Yang di-Pertuan Agong pada 31 Ogos "
                                               "2022 dan telah diwartakan sebagai Akta A1663 pada 6 September 2022."),
    (ANTI_HOPPING, "drafting", ("adopted", C), "Akta Perlembagaan (Pindaan) (No.3) 2022 [Akta A1663] diluluskan dengan "
                                               "sokongan majoriti dua pertiga di Dewan Rakyat pada 28 Julai 2022 dengan sokongan "
                                               "majoriti Ahli Dewan Rakyat seramai 209 orang dan di Dewan Negara pada 9 Ogos "
                                               "2022 dengan sokongan majoriti seramai 52 orang Senator."),
    # the kind its name says: a bill, whose passage in a text on the Dewan Rakyat is that House's stage, however the sentence
    # runs ("“Maka RUU Keselamatan Dalam Talian diluluskan,” katanya di Dewan Rakyat", dev-v4.freemalaysiatoday.com
    # category/bahasa/tempatan/2024/12/11/dewan-rakyat-lulus-ruu-keselamatan-dalam-talian); the Dewan Negara's passage adopts it
    (ONLINE_SAFETY, "drafting", ("approval", C), "“Maka RUU Keselamatan Dalam Talian diluluskan,” katanya di Dewan Rakyat."),
    (ONLINE_SAFETY, "approval", None, "“Maka RUU Keselamatan Dalam Talian diluluskan,” katanya di Dewan Rakyat."),
    # the bill's acronym after its long form names it ("Dewan Rakyat hari ini meluluskan Rang Undang-Undang (RUU) Keselamatan
    # Dalam Talian 2024 menerusi undi belah bahagi", the same page's lead)
    (ONLINE_SAFETY, "drafting", ("approval", C), "KUALA LUMPUR: Dewan Rakyat hari ini meluluskan Rang Undang-Undang (RUU) "
                                                 "Keselamatan Dalam Talian 2024 menerusi undi belah bahagi."),
    (ONLINE_SAFETY, "drafting", ("approval", C), "Rang Undang-Undang (RUU) Keselamatan Dalam Talian dibentangkan untuk bacaan "
                                                 "kali pertama."),
    (ONLINE_SAFETY, "approval", ("adopted", C), "Dewan Negara meluluskan Rang Undang-Undang (RUU) Keselamatan Dalam Talian."),
    (ONLINE_SAFETY, "drafting", None, "Kabinet meluluskan Pelan Tindakan (PT) Keselamatan Dalam Talian."),
    (ONLINE_SAFETY, "drafting", ("approval", C), "RUU Keselamatan Dalam Talian diluluskan, kata Speaker Dewan Rakyat."),
    (ONLINE_SAFETY, "drafting", ("approval", C), "The Online Safety Bill was passed, Fahmi told the Dewan Rakyat."),
    (ONLINE_SAFETY, "approval", ("adopted", C), "RUU Keselamatan Dalam Talian diluluskan Dewan Negara semalam."),
    (ONLINE_SAFETY, "drafting", None, "RUU Keselamatan Dalam Talian akan dibentangkan untuk bacaan kali pertama di Dewan Rakyat."),
    # a headline drops the auxiliary its lead keeps: read as the lead reads the same word ("RUU lompat parti dibentang Rabu"
    # over "... akan dibentang serta digulung di Dewan Rakyat pada Rabu dan Khamis ini", selak-selak.com/2022/07/25/
    # ruu-lompat-parti-dibentang-rabu, published on the Monday); the Wednesday two days ahead is the expected day
    (ANTI_HOPPING_BILL, "drafting", ("expected", "approval", "2022-07-27"), "RUU lompat parti dibentang Rabu\nKUALA LUMPUR 25 Julai – Rang undang-undang (RUU) "
                                          "berkaitan larangan wakil rakyat bertukar parti, akan dibentang serta digulung di "
                                          "Dewan Rakyat pada Rabu dan Khamis ini jika tiada sebarang halangan.", date(2022, 7, 25)),
    ("my-ai-bill", "drafting", None, "RUU AI dibentang Khamis\nRUU AI akan dibentang untuk bacaan kali pertama di Dewan Rakyat "
                                     "pada Khamis ini."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentang di Dewan Rakyat\nRUU AI dibentangkan untuk bacaan kali "
                                                "pertama hari ini dan akan dibahaskan minggu depan."),
]


@pytest.mark.parametrize("case", USER_CASES)
def test_malay_user_milestone(case: tuple) -> None:
    milestone, current, expected, text, *published = case
    assert outcome(milestone, text, current, *published) == expected


def test_event_date_in_a_malay_dateline() -> None:
    text = "KUALA LUMPUR, 1 Dis -- RUU Tadbir Urus Kecerdasan Buatan dibentangkan di Dewan Rakyat."
    assert event_date("my-ai-bill", text, "drafting") == date(2026, 12, 1)


# Press-style sentences written for the Thai and Malay lane before any fix (Bernama, Berita Harian, Utusan, Astro Awani and
# Kosmo as they phrase other bills: "Penarikan balik rang undang-undang di peringkat Dewan Negara" (mutaligat.blogspot.com
# 2012/05), "The Cabinet has decided to retract the Urban Renewal Bill" (freemalaysiatoday.com 2026/01/23), "telah
# diluluskan oleh Parlimen pada 5 April 2010 dan diperkenankan oleh Yang Dipertuan Agong" (integriti.pkns.gov.my), "PDPA
# mula berkuat kuasa sepenuhnya pada 15 November 2013" (loginmasuk.my), "Date of publication in the Gazette ... 17
# October 2024" (the PDP (Amendment) Act 2024)).
PDP_AMENDMENT = user_milestone("MY", ms=("Akta Perlindungan Data Peribadi (Pindaan) 2024",
                                         "RUU Perlindungan Data Peribadi (Pindaan) 2024"))
URBAN_RENEWAL = user_milestone("MY", ms=("RUU Pembaharuan Semula Bandar",), en=("Urban Renewal Bill",))
PRESS_CASES = [
    # withdrawn: decided, done, urged or refused
    ("my-ai-bill", "approval", ("withdrawn", P), "Kerajaan memutuskan untuk menarik balik RUU Tadbir Urus Kecerdasan Buatan bagi "
                                                 "membolehkan penambahbaikan dibuat."),
    ("my-ai-bill", "approval", ("withdrawn", P), "Kerajaan hari ini menarik balik RUU AI daripada dibentangkan untuk bacaan kali "
                                                 "kedua di Dewan Rakyat."),
    ("my-ai-bill", "approval", None, "Pembangkang menggesa kerajaan menarik balik RUU AI."),
    ("my-ai-bill", "approval", None, "Kerajaan tidak akan menarik balik RUU AI, kata menteri."),
    (URBAN_RENEWAL, "approval", ("withdrawn", P), "Kabinet memutuskan untuk menarik balik RUU Pembaharuan Semula Bandar bagi "
                                                  "membolehkan penambahbaikan dibuat, kata Fahmi.", date(2026, 1, 23)),
    (URBAN_RENEWAL, "approval", ("withdrawn", P), "PETALING JAYA: The Cabinet has decided to retract the Urban Renewal Bill, "
                                                  "government spokesman Fahmi Fadzil said.", date(2026, 1, 23)),
    # the Dewan Rakyat: tabled, read a second time, passed
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus Kecerdasan Buatan diluluskan Dewan Rakyat selepas dibahaskan "
                                                "selama dua hari."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentangkan untuk bacaan kali kedua di Dewan Rakyat hari ini oleh Menteri "
                                                "Digital, Gobind Singh Deo."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentang di Dewan Rakyat hari ini"),
    ("my-ai-bill", "drafting", None, "RUU AI bakal dibentangkan pada Mesyuarat Ketiga Dewan Rakyat."),
    ("my-ai-bill", "drafting", None, "RUU AI dijangka dibentangkan untuk bacaan kali pertama pada sesi Parlimen akan datang."),
    # the Cabinet agreed
    ("my-ai-bill", "drafting", ("approval", C), "Jemaah Menteri pada mesyuarat mingguannya hari ini telah bersetuju secara dasar "
                                                "dengan RUU Tadbir Urus Kecerdasan Buatan, kata Fahmi Fadzil."),
    ("my-ai-bill", "drafting", ("approval", C), "Jemaah Menteri dalam mesyuarat semalam bersetuju supaya RUU AI dibentangkan di "
                                                "Dewan Rakyat pada sesi ini."),
    ("my-ai-bill", "drafting", None, "Jemaah Menteri dijangka bersetuju dengan draf RUU AI minggu depan."),
    # the engagement sessions with stakeholders
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital telah mengadakan sesi libat urus dengan lebih 50 pihak "
                                                    "berkepentingan bagi mendapatkan maklum balas mengenai RUU AI."),
    ("my-ai-bill", "drafting", None, "Sesi libat urus awam bagi RUU Tadbir Urus AI akan diadakan bulan depan."),
    # royal assent, the Gazette, in force
    ("my-ai-bill", "approval", ("adopted", C), "Rang Undang-Undang Tadbir Urus Kecerdasan Buatan telah diluluskan oleh Parlimen dan "
                                               "diperkenankan oleh Yang di-Pertuan Agong pada 28 November 2026."),
    ("my-ai-bill", "approval", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 telah diwartakan pada 1 Disember 2026."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 mula berkuat kuasa sepenuhnya pada "
                                               "1 Disember 2026."),
    ("my-ai-bill", "adopted", None, "Akta Tadbir Urus Kecerdasan Buatan 2026 akan berkuat kuasa pada tarikh yang ditetapkan oleh "
                                    "Menteri melalui pemberitahuan dalam Warta."),
    # other countries, other bills
    ("my-ai-bill", "drafting", None, "Parlimen Vietnam meluluskan Undang-undang Kecerdasan Buatan yang pertama di Asia Tenggara."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat hari ini meluluskan RUU Keselamatan Siber 2024 selepas dibahaskan oleh 20 Ahli "
                                     "Parlimen."),
    # a milestone added with its names only: the PDP amendment, as the press and the Gazette dated it
    (PDP_AMENDMENT, "drafting", ("approval", C), "RUU Perlindungan Data Peribadi (Pindaan) 2024 diluluskan Dewan Rakyat hari ini "
                                                 "selepas bacaan kali ketiga.", date(2024, 7, 16)),
    (PDP_AMENDMENT, "approval", ("adopted", C), "Akta Perlindungan Data Peribadi (Pindaan) 2024 diwartakan pada 17 Oktober 2024.",
     date(2024, 10, 20)),
    (PDP_AMENDMENT, "adopted", ("in_force", C), "Akta Perlindungan Data Peribadi (Pindaan) 2024 mula berkuat kuasa secara "
                                                "berperingkat mulai 1 Januari 2025.", date(2025, 1, 2)),
    (PDP_AMENDMENT, "adopted", None, "Tarikh kuat kuasa Akta Perlindungan Data Peribadi (Pindaan) 2024 akan diumumkan kemudian.",
     date(2024, 10, 20)),
    # near-misses of the rules these needed: a statement, support or an objection taken back is not the bill; a decision not to
    # withdraw it; "tergesa-gesa" (in a hurry) is no urging; the Cabinet's meeting with a hedge, or agreeing to another act
    ("my-ai-bill", "approval", None, "Menteri menarik balik kenyataannya mengenai RUU AI."),
    ("my-ai-bill", "approval", None, "Pembangkang menarik balik sokongan terhadap RUU AI."),
    ("my-ai-bill", "approval", None, "The opposition withdrew its objection to the AI Governance Bill."),
    ("my-ai-bill", "approval", None, "The opposition urged the government to withdraw the AI Governance Bill."),
    ("my-ai-bill", "approval", ("withdrawn", P), "The government decided to withdraw the AI Governance Bill."),
    ("my-ai-bill", "approval", None, "Kerajaan memutuskan untuk tidak menarik balik RUU AI."),
    ("my-ai-bill", "approval", ("withdrawn", P), "RUU AI ditarik balik daripada Dewan Rakyat hari ini."),
    ("my-ai-bill", "drafting", ("approval", C), "Pihak industri tergesa-gesa mematuhi RUU AI yang dibentangkan hari ini."),
    ("my-ai-bill", "drafting", None, "Jemaah Menteri pada mesyuarat mingguannya hari ini dijangka bersetuju dengan RUU AI."),
    ("my-ai-bill", "drafting", None, "Jemaah Menteri pada mesyuarat hari ini bersetuju dengan Pelan Tindakan AI Negara, manakala "
                                     "RUU AI masih dirangka."),
    ("my-ai-bill", "adopted", ("in_force", C), "RUU AI merupakan rang undang-undang yang berkuat kuasa mulai hari ini."),
    # a second batch, written before it ran (first run 37/37 with the Thai part)
    ("my-ai-bill", "drafting", ("approval", C), "KUALA LUMPUR, 2 Dis (Bernama) -- Rang Undang-Undang (RUU) Tadbir Urus "
                                                "Kecerdasan Buatan 2026 dibentangkan untuk bacaan kali pertama di Dewan "
                                                "Rakyat hari ini."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus AI lulus bacaan kali kedua\nDewan Rakyat hari ini "
                                                "meluluskan RUU Tadbir Urus Kecerdasan Buatan 2026 selepas dibahaskan oleh "
                                                "25 Ahli Parlimen."),
    ("my-ai-bill", "drafting", None, "RUU AI dirancang untuk dibentangkan pada sidang Dewan Rakyat akan datang, kata "
                                     "Gobind."),
    ("my-ai-bill", "drafting", None, "Kerajaan bakal membentangkan RUU Tadbir Urus Kecerdasan Buatan tidak lama lagi."),
    ("my-ai-bill", "drafting", None, "Gobind berkata RUU AI itu dijangka dibentangkan sebelum hujung tahun ini."),
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet telah meluluskan RUU Tadbir Urus Kecerdasan Buatan dan ia akan "
                                                "dibentangkan di Parlimen bulan depan, kata Fahmi."),
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital mempelawa orang ramai memberikan maklum balas "
                                                    "terhadap draf RUU AI menerusi portal rundingan awam sehingga 31 "
                                                    "Disember."),
    ("my-ai-bill", "drafting", None, "Kementerian Digital akan mengadakan rundingan awam mengenai RUU AI pada tahun depan."),
    ("my-ai-bill", "approval", ("adopted", C), "Dewan Negara hari ini meluluskan RUU Tadbir Urus Kecerdasan Buatan 2026 "
                                               "tanpa pindaan."),
    ("my-ai-bill", "approval", None, "RUU Tadbir Urus Kecerdasan Buatan akan dibawa ke Dewan Negara untuk diluluskan."),
    ("my-ai-bill", "approval", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 telah mendapat perkenan diraja pada "
                                               "20 November lalu."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa mulai 1 Disember."),
    ("my-ai-bill", "approval", ("withdrawn", P), "Kerajaan menarik balik RUU Tadbir Urus Kecerdasan Buatan untuk "
                                                 "penambahbaikan, kata Menteri Digital."),
    ("my-ai-bill", "approval", ("withdrawn", P), "RUU AI ditarik balik\nKerajaan hari ini menarik balik RUU Tadbir Urus "
                                                 "Kecerdasan Buatan daripada Dewan Rakyat."),
    ("my-ai-bill", "drafting", None, "Singapura meluluskan undang-undang kecerdasan buatan baharu."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat meluluskan RUU Data Raya 2026, manakala RUU AI masih dalam peringkat "
                                     "penggubalan."),
    ("my-ai-bill", "drafting", ("approval", C), "The AI Governance Bill was tabled for first reading in the Dewan Rakyat "
                                                "today by Digital Minister Gobind Singh Deo."),
    ("my-ai-bill", "drafting", None, "The AI Governance Bill is expected to be tabled in Parliament next year, Gobind "
                                     "said."),
    (ONLINE_SAFETY, "approval", ("adopted", C), "RUU Keselamatan Dalam Talian 2024 diluluskan oleh Dewan Negara hari "
                                                "ini.", date(2024, 12, 16)),
    (PDP_AMENDMENT, "drafting", ("approval", C), "RUU Perlindungan Data Peribadi (Pindaan) 2024 dibentangkan untuk bacaan "
                                                 "kali kedua oleh Gobind Singh Deo.", date(2024, 7, 16)),
    # a third batch, written before it ran (first run 17/30 with the Thai part; its one false certain move was Thai)
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus Kecerdasan Buatan dibaca kali pertama di Dewan Rakyat hari "
                                                "ini."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibacakan kali kedua oleh Menteri Digital."),
    ("my-ai-bill", "drafting", None, "RUU AI akan dibaca kali pertama pada Mesyuarat Ketiga."),
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet memberi lampu hijau kepada RUU Tadbir Urus Kecerdasan Buatan."),
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet beri lampu hijau RUU AI"),
    ("my-ai-bill", "drafting", None, "Kabinet dijangka memberi lampu hijau kepada RUU AI bulan depan."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI diluluskan di peringkat Dewan Rakyat dengan undi suara."),
    ("my-ai-bill", "drafting", None, "RUU AI ditangguhkan ke sesi Parlimen akan datang."),
    ("my-ai-bill", "drafting", ("consultation", C), "Kementerian Digital menganjurkan sesi townhall bersama pemain industri "
                                                    "bagi mendapatkan pandangan mengenai RUU AI."),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat passes AI Governance Bill"),
    ("my-ai-bill", "approval", ("adopted", C), "The AI Governance Bill was passed by the Dewan Negara today."),
    ("my-ai-bill", "drafting", ("approval", C), "The AI Governance Bill was passed in the Dewan Rakyat today after a bloc "
                                                "vote."),
    ("my-ai-bill", "approval", ("withdrawn", P), "The government today withdrew the AI Governance Bill from being tabled "
                                                 "for the second reading in the Dewan Rakyat."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentang bacaan kali pertama\nKUALA LUMPUR: RUU Tadbir Urus "
                                                "Kecerdasan Buatan dibentangkan untuk bacaan kali pertama di Dewan Rakyat "
                                                "hari ini."),
    ("my-ai-bill", "drafting", None, "RUU AI dibentang bacaan kali pertama minggu depan"),
    ("my-ai-bill", "approval", ("adopted", C), "RUU AI diperkenan Agong"),
    ("my-ai-bill", "approval", ("adopted", C), "Yang di-Pertuan Agong telah memperkenankan Akta Tadbir Urus Kecerdasan "
                                               "Buatan 2026."),
    # a fourth batch, written before it ran (first run 20/26 with the Thai part: one false certain move, the headline 'Kabinet
    # lulus RUU AI' over a lead that only expects the step, now a review)
    ("my-ai-bill", "drafting", None, "Kabinet meluluskan RUU Keselamatan Siber, manakala RUU AI dijangka dibentangkan tahun "
                                     "depan."),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat meluluskan RUU AI dan RUU Keselamatan Siber pada hari yang "
                                                "sama."),
    ("my-ai-bill", "drafting", ("approval", P), "Kabinet lulus RUU AI\nKerajaan dijangka membentangkan RUU Tadbir Urus "
                                                "Kecerdasan Buatan selepas mendapat kelulusan Kabinet."),
    ("my-ai-bill", "drafting", None, "Gobind: RUU AI mungkin dibentangkan tahun depan"),
    ("my-ai-bill", "drafting", None, "Pihak industri mahu RUU AI dibentangkan segera."),
    ("my-ai-bill", "drafting", None, "RUU AI perlu dibentangkan sebelum pilihan raya umum, kata penganalisis."),
    ("my-ai-bill", "drafting", None, "RUU AI tidak dibentangkan pada sesi ini kerana masih memerlukan penelitian."),
    ("my-ai-bill", "drafting", None, "RUU AI sepatutnya dibentangkan bulan lalu, namun ditangguhkan."),
    ("my-ai-bill", "drafting", None, "Kerajaan menafikan RUU AI telah diluluskan oleh Kabinet."),
    ("my-ai-bill", "drafting", None, "Indonesia mengesahkan undang-undang kecerdasan buatan, manakala Malaysia masih "
                                     "merangka RUU AI."),
    ("my-ai-bill", "approval", ("expected", "adopted", "2027-Q1"), "RUU AI dijangka diwartakan awal tahun depan."),
    ("my-ai-bill", "adopted", None, "Akta Tadbir Urus Kecerdasan Buatan 2026 dirancang berkuat kuasa secara berperingkat."),
    ("my-ai-bill", "drafting", ("consultation", C), "Lebih 200 maklum balas diterima sepanjang rundingan awam RUU AI yang "
                                                    "berakhir semalam."),
    # ... and what must stay certain beside it: a lead that reports the step and plans the next
    ("my-ai-bill", "drafting", ("approval", C), "Cabinet approves AI Governance Bill\nThe Cabinet approved the AI Governance Bill "
                                                "on Wednesday and it will be tabled in Parliament next month, Fahmi said."),
    ("my-ai-bill", "drafting", ("approval", C), "Kabinet lulus RUU AI\nKabinet semalam meluluskan RUU Tadbir Urus Kecerdasan Buatan "
                                                "yang akan dibentangkan di Dewan Rakyat bulan depan."),
    ("my-ai-bill", "drafting", ("approval", P), "Cabinet approves AI Governance Bill\nThe AI Governance Bill is expected to be "
                                                "tabled in Parliament after it gets the Cabinet's approval."),
    # the English name of the enacted Act, as the Malay names already carry "Akta Tadbir Urus Kecerdasan Buatan" (left out of
    # the third batch, nothing before); another country's Act of the same title stays its own
    ("my-ai-bill", "approval", ("adopted", C), "The Artificial Intelligence Governance Act 2026 was gazetted on Dec 1."),
    ("my-ai-bill", "adopted", ("in_force", C), "The Artificial Intelligence Governance Act 2026 came into force on Dec 1."),
    ("my-ai-bill", "adopted", None, "The AI Governance Act will come into force on a date to be appointed by the Minister."),
    ("my-ai-bill", "adopted", None, "Japan's AI Governance Act came into force in June."),
    # a fifth batch, written before it ran with the Indonesian lane's (test_id.PRESS_CASES: first run on a16fc62 49/58 for
    # both, 8 false certain moves). "Meluluskan" with another object, the bill only named after it: a policy, an allocation,
    # a body set up (the brief's "meluluskan dasar baharu berkaitan RUU AI" was a certain adoption) take the verb, as a plan
    # or a framework already did; the Cabinet's approval of the bill's own draft stays certain
    ("my-ai-bill", "drafting", None, "Kerajaan Malaysia telah meluluskan dasar baharu berkaitan RUU AI yang masih dalam "
                                     "peringkat penggubalan."),
    ("my-ai-bill", "drafting", None, "PUTRAJAYA: Jemaah Menteri meluluskan peruntukan RM20 juta bagi persiapan pelaksanaan RUU "
                                     "Tadbir Urus Kecerdasan Buatan, kata Fahmi Fadzil."),
    ("my-ai-bill", "drafting", None, "Kerajaan telah meluluskan penubuhan Pejabat AI Negara yang akan menyelaras penggubalan "
                                     "RUU AI."),
    ("my-ai-bill", "drafting", None, "Kabinet meluluskan kerangka tadbir urus AI negara sebagai panduan sementara sebelum RUU "
                                     "AI dibentangkan."),
    ("my-ai-bill", "drafting", None, "Kementerian Digital meluluskan garis panduan etika AI untuk agensi kerajaan, manakala RUU "
                                     "AI masih dirangka."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat hari ini meluluskan usul supaya RUU AI dibentangkan selewat-lewatnya Mac "
                                     "depan."),
    ("my-ai-bill", "drafting", None, "Parlimen lulus 10 rang undang-undang sepanjang mesyuarat ini, namun RUU AI tidak "
                                     "termasuk."),
    ("my-ai-bill", "drafting", None, "Kerajaan meluluskan pelan tindakan AI kebangsaan yang antara lain menyasarkan RUU Tadbir "
                                     "Urus Kecerdasan Buatan dibentang tahun depan."),
    ("my-ai-bill", "drafting", None, "Jemaah Menteri meluluskan cadangan supaya draf RUU AI diperhalusi semula sebelum dibawa "
                                     "ke Parlimen."),
    ("my-ai-bill", "drafting", ("approval", C), "Jemaah Menteri semalam meluluskan draf akhir RUU Tadbir Urus Kecerdasan "
                                                "Buatan, kata Fahmi Fadzil pada sidang media pasca mesyuarat Kabinet."),
    # the bill's steps as Bernama and Berita Harian write them
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus Kecerdasan Buatan 2026 dibentangkan bagi bacaan kali pertama di "
                                                "Dewan Rakyat hari ini oleh Menteri Digital Gobind Singh Deo."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI dibentang bagi bacaan kali pertama"),
    ("my-ai-bill", "drafting", ("approval", C), "KUALA LUMPUR, 2 Dis (Bernama) -- Rang Undang-Undang Tadbir Urus Kecerdasan "
                                                "Buatan 2026 diluluskan Dewan Rakyat hari ini selepas bacaan kali ketiga."),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat lulus RUU AI"),
    ("my-ai-bill", "approval", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 telah diwartakan, kata Gobind dalam "
                                               "satu kenyataan hari ini."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa hari ini"),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 mula berkuat kuasa pada 1 Disember "
                                               "lalu."),
    ("my-ai-bill", "drafting", None, "RUU AI tidak sempat dibentangkan bagi bacaan kali pertama pada mesyuarat ini."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat hari ini meluluskan RUU Perlindungan Data Peribadi (Pindaan) selepas bacaan "
                                     "kali ketiga; RUU AI dijangka menyusul."),
    ("my-ai-bill", "drafting", None, "Parlimen Thailand meluluskan RUU AI negara itu minggu lalu."),
    # the DEFA sealed, delayed, reported on
    ("asean-defa", "approval", ("adopted", C), "Para pemimpin ASEAN memeterai Perjanjian Rangka Kerja Ekonomi Digital (DEFA) pada "
                                               "Sidang Kemuncak ASEAN ke-49 hari ini."),
    ("asean-defa", "approval", None, "Menteri-menteri ekonomi ASEAN meluluskan laporan kemajuan rundingan DEFA."),
    ("asean-defa", "approval", None, "ASEAN menandatangani protokol naik taraf ATIGA, manakala DEFA dijangka dimeterai tahun "
                                     "depan."),
    # a lead that says the bill is still being drafted corrects its headline (was a certain approval); written after the fix
    # (2/2 first run), a later step still to come or a wait in another House cancels nothing
    ("my-ai-bill", "drafting", None, "RUU AI diluluskan Kabinet\nBagaimanapun, RUU Tadbir Urus Kecerdasan Buatan itu masih dalam "
                                     "peringkat penggubalan oleh Jabatan Peguam Negara."),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat lulus RUU AI\nRUU Tadbir Urus Kecerdasan Buatan diluluskan Dewan "
                                                "Rakyat hari ini. RUU itu masih perlu dibahas di Dewan Negara sebelum mendapat "
                                                "perkenan diraja."),
    ("my-ai-bill", "approval", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 diwartakan semalam. Akta itu bagaimanapun "
                                               "belum berkuat kuasa."),
    # a sixth batch, written before it ran (with test_id's second: first run on ef5c89f 35/37, 2 false certain moves): the
    # Cabinet agreeing to set up a committee to study the draft was a certain approval (a body set up: kinds.measure)
    ("my-ai-bill", "drafting", None, "Jemaah Menteri bersetuju menubuhkan jawatankuasa khas bagi meneliti draf RUU AI."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU Tadbir Urus AI dibentang di Dewan Rakyat\nKUALA LUMPUR: Rang Undang-Undang "
                                                "Tadbir Urus Kecerdasan Buatan 2026 dibentangkan bagi bacaan kali pertama di "
                                                "Dewan Rakyat hari ini."),
    ("my-ai-bill", "drafting", ("approval", C), "Gobind membentangkan RUU Tadbir Urus Kecerdasan Buatan 2026 untuk bacaan kali "
                                                "kedua di Dewan Rakyat hari ini."),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat meluluskan RUU Tadbir Urus Kecerdasan Buatan 2026 selepas "
                                                "dibahaskan oleh 18 Ahli Parlimen."),
    ("my-ai-bill", "approval", ("adopted", C), "Dewan Negara lulus RUU Tadbir Urus Kecerdasan Buatan"),
    ("my-ai-bill", "approval", ("adopted", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 diwartakan pada 1 Disember, kata "
                                               "Kementerian Digital dalam satu kenyataan."),
    ("my-ai-bill", "adopted", ("in_force", C), "Akta Tadbir Urus Kecerdasan Buatan 2026 berkuat kuasa mulai hari ini, 3 "
                                               "Disember."),
    ("my-ai-bill", "drafting", None, "Kerajaan meluluskan dasar kecerdasan buatan negara; RUU AI akan dibentangkan selepas "
                                     "itu."),
    ("my-ai-bill", "drafting", None, "Kabinet meluluskan belanjawan tambahan bagi Kementerian Digital untuk menyiapkan RUU AI."),
    ("my-ai-bill", "drafting", None, "Gobind: RUU AI tidak akan dibentangkan pada sesi ini"),
    ("my-ai-bill", "drafting", None, "RUU AI dijadual dibentangkan bagi bacaan kali pertama pada 8 Disember ini."),
    ("my-ai-bill", "drafting", None, "Dewan Rakyat hari ini meluluskan Rang Undang-Undang Perbekalan 2027, manakala RUU AI "
                                     "dijangka dibentangkan pada mesyuarat akan datang."),
    ("my-ai-bill", "drafting", None, "Kerajaan Malaysia meluluskan garis panduan penggunaan AI dalam sektor awam."),
    ("my-ai-bill", "drafting", ("approval", C), "Jemaah Menteri telah meluluskan RUU AI secara dasar, kata Fahmi."),
    ("asean-defa", "approval", ("adopted", C), "Malaysia dan sembilan negara anggota ASEAN lain menandatangani DEFA di Sidang "
                                               "Kemuncak ASEAN."),
    ("asean-defa", "approval", None, "DEFA dijangka ditandatangani pada Sidang Kemuncak ASEAN tahun depan, kata Tengku Zafrul."),
    ("asean-defa", "approval", None, "Menteri ekonomi ASEAN meluluskan dasar pelaksanaan DEFA."),
]


@pytest.mark.parametrize("case", PRESS_CASES)
def test_malay_press(case: tuple) -> None:
    milestone, current, expected, text, *published = case
    assert outcome(milestone, text, current, *published) == expected
