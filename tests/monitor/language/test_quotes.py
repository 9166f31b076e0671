"""Claims, denials, fact-checks, quoted titles and second-hand reports, five languages: our own sentences.

A claim the text calls false ("'ASEAN signs DEFA' claim false, ministry says"), a fact-check's verdict kicker ("Hoaks:",
"CEK FAKTA:", "Tin giả:", "ข่าวปลอม", "PALSU:"), a title in quotes ("the webinar 'Vietnam passes AI Law: what next'")
and a rumour move nothing; a report that names no first-hand source ("Reuters reported that", "reportedly", "according
to a document seen by", "dikabarkan", "có thông tin", "มีรายงานว่า") asks a person. A real event attributed to whoever
says it ("the ministry said on Tuesday the President had signed ...", "kata Menteri", "cho biết", "เปิดเผยว่า") still
moves. Rows are (milestone, its status before the text, what the text supports, text).
"""
from __future__ import annotations

import pytest

from tests.monitor.language.catalog import C, P, outcome

EN = [
    # a claim called false after it
    ("asean-defa", "approval", None, "'ASEAN signs DEFA' claim false, ministry says"),
    ("asean-defa", "approval", None, "Claims that ASEAN leaders signed the DEFA on Sunday are false, the trade ministry "
                                     "said."),
    ("id-ai-perpres", "approval", None, "Reports that President Prabowo has signed the AI presidential regulation are "
                                        "untrue, the palace said."),
    # fact-check kickers
    ("id-ai-perpres", "approval", None, "FACT CHECK: Viral post claiming Prabowo signed the AI presidential regulation "
                                        "is misleading"),
    ("ph-ai-bill", "approval", None, "FALSE: Marcos signs AI Regulation Act"),
    ("vn-ai-law", "consultation", None, "Misleading: Vietnam's National Assembly passed the Law on Artificial "
                                        "Intelligence in June"),
    # a title in quotes
    ("vn-ai-law", "consultation", None, 'The webinar, titled "Vietnam passes AI Law: what businesses need to know", drew '
                                        '300 participants.'),
    ("th-ai-law", "drafting", None, 'In a column headlined "Cabinet approves Thailand\'s AI law", the author imagined the '
                                    'country in 2030.'),
    # second-hand reports: a person checks them
    ("id-ai-perpres", "approval", ("adopted", P), "Reuters reported that President Prabowo had signed the AI presidential "
                                                  "regulation."),
    ("th-ai-law", "drafting", ("approval", P), "Thailand's Cabinet has approved the draft AI law, according to a document "
                                               "seen by Reuters."),
    ("asean-defa", "approval", ("adopted", P), "ASEAN leaders have signed the DEFA, sources familiar with the matter said."),
    ("asean-defa", "approval", ("adopted", P), "ASEAN leaders reportedly signed the DEFA on Sunday."),
    # a rumour
    ("asean-defa", "approval", None, "The DEFA is rumoured to have been signed at a closed-door meeting."),
    # attributed to whoever says it, a quote beside it, another claim denied after it: still the event
    ("id-ai-perpres", "approval", ("adopted", C), "The ministry said on Tuesday the President had signed the AI "
                                                  "presidential regulation."),
    ("asean-defa", "approval", ("adopted", C), "ASEAN leaders signed the DEFA on Sunday, the ministry said in a statement."),
    ("asean-defa", "approval", ("adopted", C), 'ASEAN leaders signed the DEFA on Sunday. "This is a historic day," the '
                                               'Secretary-General said.'),
    ("id-ai-perpres", "approval", ("adopted", C), "The President signed the AI presidential regulation on Friday, "
                                                  "dismissing claims that it would be delayed."),
    ("asean-defa", "approval", ("adopted", C), 'ASEAN leaders signed the DEFA, which the Secretary-General called "a new '
                                               'chapter".'),
]

ID = [
    ("id-ai-perpres", "approval", None, "Hoaks: Prabowo teken Perpres AI"),
    ("id-ai-perpres", "approval", None, "[HOAKS] Presiden Prabowo Sudah Teken Perpres AI"),
    ("id-ai-perpres", "approval", None, "CEK FAKTA: Unggahan Sebut Prabowo Teken Perpres AI"),
    ("id-ai-perpres", "approval", None, "Kabar bahwa Presiden telah meneken Perpres AI tidak benar, kata Menkomdigi."),
    ("id-ai-perpres", "approval", None, "Beredar kabar di media sosial bahwa Presiden Prabowo telah menandatangani "
                                        "Perpres AI."),
    ("id-ai-perpres", "approval", None, "Dokumen 'Perpres AI telah diteken' yang beredar di WhatsApp dipastikan palsu."),
    ("id-ai-perpres", "approval", ("adopted", P), "Perpres AI dikabarkan telah diteken Presiden pekan lalu."),
    ("id-ai-perpres", "approval", ("adopted", P), "Kabarnya, Presiden Prabowo sudah meneken Perpres AI."),
    ("id-ai-perpres", "approval", ("adopted", P), "Menurut sumber yang mengetahui hal itu, Presiden telah meneken Perpres "
                                                  "AI."),
    ("id-ai-perpres", "approval", ("adopted", C), "Menteri Komdigi mengatakan Presiden telah meneken Perpres AI pada Senin."),
    ("id-ai-perpres", "approval", ("adopted", C), "Perpres AI telah diteken Presiden, kata Menteri Komdigi di Jakarta, "
                                                  "Selasa."),
    ("id-pdp-law", "drafting", ("approval", C), "DPR resmi mengesahkan RUU PDP, membantah kabar bahwa pembahasan ditunda."),
]

VI = [
    ("vn-ai-law", "consultation", None, 'Thông tin "Quốc hội đã thông qua Luật Trí tuệ nhân tạo" là tin giả.'),
    ("vn-ai-law", "consultation", None, "Bộ Khoa học và Công nghệ bác bỏ thông tin Luật Trí tuệ nhân tạo đã được thông "
                                        "qua."),
    ("vn-ai-law", "consultation", None, "Tin giả: Quốc hội đã thông qua Luật Trí tuệ nhân tạo"),
    ("vn-ai-law", "consultation", None, 'Chương trình "Quốc hội thông qua Luật Trí tuệ nhân tạo – Cơ hội cho startup" '
                                        'được phát sóng trên VTV1.'),
    ("vn-ai-law", "consultation", None, "Tin đồn Luật Trí tuệ nhân tạo đã được thông qua lan truyền trên mạng xã hội."),
    ("vn-ai-law", "consultation", ("adopted", P), "Có thông tin cho rằng Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("adopted", C), "Theo thông tin từ Văn phòng Quốc hội, sáng nay Quốc hội đã thông qua "
                                                  "Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("adopted", C), "Bộ trưởng cho biết Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("adopted", C), 'Luật Trí tuệ nhân tạo được Quốc hội thông qua với "tỷ lệ tán thành '
                                                  'cao".'),
]

TH = [
    ("th-ai-law", "drafting", None, "ข่าวปลอม! ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", None, 'กระทรวงดีอีชี้แจงข่าว "ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์" ไม่เป็นความจริง'),
    ("th-ai-law", "drafting", ("approval", P), "มีรายงานว่า ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์แล้ว"),
    ("th-ai-law", "drafting", ("approval", P), "แหล่งข่าวเปิดเผยว่า ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์แล้ว"),
    ("th-ai-law", "drafting", ("approval", C), "โฆษกรัฐบาลเปิดเผยว่า ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
]

MS = [
    ("my-ai-bill", "drafting", None, "Dakwaan RUU AI telah dibentangkan di Dewan Rakyat adalah palsu, kata Gobind."),
    ("my-ai-bill", "drafting", None, "PALSU: RUU AI diluluskan Dewan Rakyat"),
    ("my-ai-bill", "drafting", None, "Tular mesej RUU AI diluluskan Dewan Rakyat, MCMC sahkan palsu"),
    ("my-ai-bill", "drafting", ("approval", P), "Menurut sumber, RUU AI telah dibentangkan untuk bacaan kali pertama di "
                                                "Dewan Rakyat."),
    ("my-ai-bill", "drafting", ("approval", C), "RUU AI telah dibentangkan untuk bacaan kali pertama di Dewan Rakyat hari "
                                                "ini, kata Gobind."),
]

# A second set, written after the first rules, to try them: still moves, and still nothing or a review.
MORE = [
    ("vn-ai-law", "consultation", ("adopted", C), "Vietnam's National Assembly passed the Law on Artificial Intelligence "
                                                  "and dismissed fake news about its content."),
    ("th-ai-law", "drafting", ("approval", C), "Thailand's Cabinet approved the draft AI law on Tuesday; reports of a delay "
                                               "were false."),
    ("vn-ai-law", "consultation", ("adopted", C), "Quốc hội đã thông qua Luật Trí tuệ nhân tạo, bác bỏ tin giả về việc "
                                                  "hoãn."),
    ("my-ai-bill", "drafting", ("approval", C), 'Gobind berkata: "RUU AI telah dibentangkan untuk bacaan kali pertama hari '
                                                'ini."'),
    ("vn-ai-law", "consultation", ("adopted", C), 'Bộ trưởng phát biểu: "Quốc hội đã thông qua Luật Trí tuệ nhân tạo."'),
    ("th-ai-law", "drafting", ("approval", C), "The minister told reporters: \"The Cabinet approved Thailand's AI law "
                                               "today.\""),
    ("th-ai-law", "drafting", ("approval", C), "The Cabinet approved Thailand's AI law on Tuesday, government spokesman "
                                               "Jirayu said."),
    ("my-ai-bill", "drafting", ("approval", C), "Dewan Rakyat meluluskan RUU AI, yang turut menangani berita palsu."),
    ("vn-ai-law", "consultation", ("adopted", C), "Quốc hội thông qua Luật Trí tuệ nhân tạo, có quy định xử lý tin giả do "
                                                  "AI tạo ra."),
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden meneken Perpres AI yang antara lain mengatur penanganan hoaks."),
    ("th-ai-law", "drafting", ("approval", C), "According to the Ministry of Digital Economy, the Cabinet approved "
                                               "Thailand's AI law on Tuesday."),
    ("th-ai-law", "drafting", ("approval", C), "The Cabinet approved Thailand's AI law on Tuesday, according to a government "
                                               "statement."),
    ("id-ai-perpres", "approval", ("adopted", C), "Menurut Menteri Komdigi, Presiden telah meneken Perpres AI pada Senin."),
    ("vn-ai-law", "consultation", ("adopted", C), "Theo Bộ Khoa học và Công nghệ, Quốc hội đã thông qua Luật Trí tuệ nhân "
                                                  "tạo."),
    ("asean-defa", "approval", ("adopted", C), "ASEAN leaders signed the DEFA on Sunday, while sources said ratification "
                                               "could take a year."),
    ("th-ai-law", "drafting", ("approval", C), "Misleading claims aside, the Cabinet approved Thailand's AI law on Tuesday."),
    ("id-ai-perpres", "approval", None, "Claims circulating online that the President signed the AI presidential "
                                        "regulation were false."),
    ("vn-ai-law", "consultation", None, 'A post saying "Quốc hội đã thông qua Luật Trí tuệ nhân tạo" was shared 10,000 '
                                        'times before fact-checkers flagged it as fake.'),
    ("my-ai-bill", "drafting", None, "Sebenarnya.my: Dakwaan RUU AI diluluskan Dewan Rakyat adalah palsu"),
    ("id-ai-perpres", "approval", None, "[SALAH] Perpres AI Sudah Diteken Presiden"),
    ("vn-ai-law", "consultation", ("adopted", P), "Bloomberg reported on Monday that Vietnam's National Assembly had passed "
                                                  "the AI law."),
    ("vn-ai-law", "consultation", None, "Thông tin Luật Trí tuệ nhân tạo đã được thông qua là không đúng sự thật."),
    ("th-ai-law", "drafting", ("approval", P), "มีกระแสข่าวว่า ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์แล้ว"),
    # "seen by" a reader, a committee's report to the plenary: no second hand
    ("vn-ai-law", "consultation", ("adopted", C), "The AI law, seen by many as a milestone, was passed by Vietnam's "
                                                  "National Assembly on Wednesday."),
    ("id-pdp-law", "drafting", ("approval", C), "Hasil pembahasan dilaporkan ke rapat paripurna, dan DPR menyetujui RUU PDP "
                                                "menjadi undang-undang."),
    ("id-ai-perpres", "approval", ("adopted", P), "Perpres AI dilaporkan telah diteken Presiden."),
    # a workshop titled with its own work is that work: the consultation (dientuungdung.vn gop-y-hoan-thien-du-thao-luat-
    # tri-tue-nhan-tao-11569: 'tổ chức Hội thảo “Góp ý hoàn thiện dự thảo Luật Trí tuệ nhân tạo”')
    ("vn-ai-law", "drafting", ("consultation", C), "Bộ Khoa học và Công nghệ tổ chức hội thảo “Lấy ý kiến dự thảo Luật Trí "
                                                   "tuệ nhân tạo” tại Hà Nội."),
    ("my-ai-bill", "drafting", ("consultation", C), 'MyDigital menganjurkan bengkel bertajuk "Libat urus awam RUU AI" di '
                                                    'Putrajaya semalam.'),
]

# The claim's own predicate after it, a denial or its spreading ("Reports that ... denied by the ministry", "Kabar ...
# Dibantah Istana", "... terus beredar"); a denial or a rumour conceded before the main clause is not the main clause's
# ("Despite rumours of a delay, ASEAN leaders signed the DEFA", "Meski sempat dibantah, Presiden akhirnya meneken ...").
DENIED = [
    ("asean-defa", "approval", None, "Reports that ASEAN leaders signed the DEFA denied by trade ministry"),
    ("id-ai-perpres", "approval", None, "Kabar Presiden Sudah Teken Perpres AI Dibantah Istana"),
    ("vn-ai-law", "consultation", None, "Thông tin Quốc hội đã thông qua Luật Trí tuệ nhân tạo bị bác bỏ"),
    ("th-ai-law", "drafting", None, "ข่าว ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ถูกปฏิเสธ"),
    ("my-ai-bill", "drafting", None, "Laporan RUU AI telah dibentangkan di Dewan Rakyat dinafikan kementerian"),
    ("id-ai-perpres", "approval", None, "Meski dibantah, kabar Presiden sudah meneken Perpres AI terus beredar."),
    ("asean-defa", "approval", None, "Claims that ASEAN leaders signed the DEFA went viral on Sunday."),
    ("asean-defa", "approval", None, "The ministry denied that ASEAN leaders had signed the DEFA."),
    ("asean-defa", "approval", ("adopted", P), "Despite the ministry's denial, reports say ASEAN leaders signed the DEFA on "
                                               "Sunday."),
    ("asean-defa", "approval", ("adopted", C), "ASEAN leaders signed the DEFA on Sunday in a ceremony circulated live on "
                                               "state television."),
    ("id-ai-perpres", "approval", ("adopted", C), "Presiden meneken Perpres AI dan membantah kabar penundaan."),
    ("asean-defa", "approval", ("adopted", C), "Despite rumours of a delay, ASEAN leaders signed the DEFA on Sunday."),
    ("id-ai-perpres", "approval", ("adopted", C), "Meski sempat dibantah, Presiden akhirnya meneken Perpres AI pada Jumat lalu."),
    ("vn-ai-law", "consultation", ("adopted", C), "Bất chấp tin đồn về việc hoãn, Quốc hội đã thông qua Luật Trí tuệ nhân "
                                                  "tạo."),
    ("my-ai-bill", "drafting", ("approval", C), "Walaupun dinafikan sebelum ini, RUU AI telah dibentangkan di Dewan Rakyat "
                                                "hari ini."),
    ("th-ai-law", "drafting", ("approval", C), "แม้มีข่าวลือเรื่องความล่าช้า แต่คณะรัฐมนตรีมีมติเห็นชอบร่าง พ.ร.บ. "
                                               "ปัญญาประดิษฐ์แล้ว"),
]

# A related article's headline after "Artikel berkaitan:" (Malay) is that article's news, as after "Baca juga:" (19cd6ab),
# and the item's own lead still moves; claims flagged by fact-checkers; a claim word that is not the event's frame.
LINKED = [
    ("my-ai-bill", "drafting", None, "Syarikat tempatan guna AI\nArtikel berkaitan: RUU AI dibentangkan di Dewan Rakyat\n"
                                     "Banyak syarikat mula melabur dalam AI."),
    ("id-ai-perpres", "approval", ("adopted", C), "Prabowo Teken Perpres AI\nBaca juga: Komdigi Gelar Sosialisasi AI\n"
                                                  "Presiden Prabowo Subianto meneken Perpres AI pada Senin."),
    ("th-ai-law", "drafting", ("approval", C), "The minister claimed credit as the Cabinet approved Thailand's AI law on "
                                               "Tuesday."),
    ("vn-ai-law", "consultation", ("adopted", C), "Quốc hội đã thông qua Luật Trí tuệ nhân tạo; thông tin được lan truyền "
                                                  "nhanh trên mạng xã hội."),
    ("my-ai-bill", "drafting", ("approval", C), "Video pembentangan RUU AI di Dewan Rakyat hari ini tular di media sosial."),
    ("asean-defa", "approval", None, "A post reading 'ASEAN signs DEFA' was flagged by fact-checkers on Monday."),
    # the verdict after a quote is the quote's only in its own clause: a speaker's words, then the speaker's attribution
    ("asean-defa", "approval", ("adopted", C), '"ASEAN leaders signed the DEFA today," the minister told reporters, '
                                               'dismissing fake news about a delay.'),
    ("my-ai-bill", "drafting", ("approval", C), '"RUU AI telah dibentangkan hari ini," kata Gobind, sambil menafikan berita '
                                                'palsu mengenai penangguhan.'),
    ("asean-defa", "approval", None, "'ASEAN signs DEFA': ministry denies report"),
    ("vn-ai-law", "consultation", None, 'Bài đăng "Quốc hội đã thông qua Luật Trí tuệ nhân tạo" đã được kiểm chứng là '
                                        'sai.'),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), EN + ID + VI + TH + MS + MORE + DENIED + LINKED)
def test_claims_and_reports(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected
