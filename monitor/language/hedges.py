"""Is the sentence around a matched event verb reporting the event, or only announcing, hoping or denying it?

"ASEAN Leaders signed the DEFA" is an event; "set to sign the DEFA", "Perpres AI segera disahkan",
"ครม.จะเห็นชอบ", "Luật sẽ được thông qua" and "belum ditandatangani" are not. Rather than listing every
hedged phrase, the check is structural (see :func:`hedge`): future, modal, conditional, planning and negation
markers in the same sentence before the verb, a few post-verb ones ("postponed", "next week"), and
past/perfect markers ("was", "telah", "đã", "ได้") between a marker and the verb cancel it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from monitor.language.dates import TODAY_AFTER, TOMORROW, find_dates
from monitor.language.normalise import fold_diacritics, normalise

BEFORE_WINDOW = 100  # characters before the verb in which a hedge counts (Thai sentences run long)
AFTER_WINDOW = 60


def _vi(*words: str) -> str:
    """Vietnamese words with and without their accents (only for words unambiguous without them)."""
    forms = {w for word in words for w in (word, fold_diacritics(word))}
    return "|".join(sorted(forms, key=len, reverse=True))


_NOT_AFTER_DATE = r"(?<!\d )(?<!in )(?<!of )(?<!since )(?<!early )(?<!late )(?<!mid-)"
# Hedges that count anywhere in the sentence before the verb (within BEFORE_WINDOW).
_STRONG = re.compile(
    r"\b(?:would have|could have|should have|might have|may have|will|would|shall|going to|set (?:to|for)"
    r"|(?<!\bas )(?:plan(?:s|ned|ning)?|expect(?:s|ed|ing|ation)?|hop(?:e|es|ed|ing))"
    r"|aim(?:s|ing)? (?:to|for)|intend(?:s|ed)?|target(?:s|ed|ing)?"
    r"|scheduled?|slated|poised|due to be|(?:un)?likely|upcoming|forthcoming|propos(?:e|es|ed|al)|postponed"
    r"|cancel(?:s|led|ed|ling|lation)?|call(?:s|ed)? off|scrap(?:s|ped)?|axed|substantial(?:ly)?|partial(?:ly)?"
    r"|delayed|deferred|yet to|pending|await(?:s|ing)?|wait(?:s|ing)? for|need(?:s|ed|ing)?"
    r"|possibl[ey]|potential(?:ly)?|consider(?:s|ing)?|mull(?:s|ing)?|push(?:es|ing)? for"
    # "seeks to sign", but "seeks views on" IS a consultation; "Malacañang eyes signing", not "in the eyes of"
    r"|seek(?:s|ing)?(?! (?:public |industry |stakeholders' )?(?:feedback|comments|views|input))"
    r"|(?<!the )(?<!all )eye(?:s|d|ing)|pav(?:e|es|ed|ing) the way"
    r"|call(?:s|ed)? (?:for|on)|urg(?:e|es|ed|ing)|wants?|wish(?:es)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?"
    r"|press(?:es|ing)? for|push(?:es|ed|ing)? to|work(?:s|ing)? towards?|commit(?:s|ted)? to|promis(?:e|es|ed)"
    r"|ready|eager|keen|willing|prepared to|prepar(?:e|es|ing) (?:to|for)|preparations? (?:for|to)|in the pipeline"
    r"|(?:run|lead)-up to"
    # an attempt, a failure or a refusal is no event ("failed to pass", "racing to pass", "refused to sign"), nor is
    # confidence that it will come ("Komdigi optimistis Perpres AI diteken bulan ini")
    r"|fail(?:s|ed|ing)? to|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|tr(?:y|ies|ied|ying) to"
    r"|attempt(?:s|ed|ing)? to|bid to|rac(?:e|es|ed|ing) to|rush(?:es|ed|ing)? to|scrambl(?:e|es|ed|ing) to"
    r"|striv(?:e|es|ing) to|vow(?:s|ed)? to|pledg(?:e|es|ed) to|optimistic|confident|close to|nearing"
    # a future period before the verb dates it ahead, however present the verb ("Next month, the Assembly passes the
    # law", "Pekan depan, DPR membahas RUU", "Tuần tới, Quốc hội thảo luận": the press's tenseless schedules)
    r"|next (?:week|month|year|quarter|session)|later this (?:week|month|year)|in the coming (?:days|weeks|months)"
    r"|(?:a|one|two|three|four|\d+|a few) (?:days?|weeks?|months?) (?:from now|away)"
    r")\b"
    # Indonesian and Malay: stems with their affixes (target, targetkan, menargetkan, ditargetkan, ...)
    r"|\b(?:akan|(?<!cikal )bakal|segera|nanti|kelak|tinggal|(?:di|mem)?proyeksi(?:kan)?|(?:di|mem)?prediksi(?:kan)?|(?:di)?batal|urung|(?:seharusnya|semestinya|sepatutnya|seyogianya)(?:\s+(?:sudah|telah))?|(?:di)?batalkan|pembatalan|secara substansial|secara substantif|(?:di)?target(?:kan|nya)?|menarget(?:kan)?"
    r"|(?:di|be|me)?rencana(?:kan|nya)?|(?:di|ber)?harap(?:kan|an|annya)?|(?:di|mem)?perkira(?:kan|an)"
    r"|belum|siap"
    r"|(?:di|men)?jadwal(?:kan)?|(?:di|men)?jadual(?:kan)?|(?:me|ter)?(?:nunggu|nanti|tunggu)|usul(?:an)?"
    r"|(?:di|meng)usulkan|(?:men|di)dorong|ingin|perlu|harus|wacana|mungkin|dapat|bisa"
    r"|(?:di|ter)?tunda|menunda|penundaan|(?:di)?undur|molor|paling lambat|(?:di|men)?jangka|(?:di|me)?rancang"
    r"|(?:ber|di)?cadang(?:kan|an)?"
    r"|(?:di)?sasar(?:kan|an)?|menyasar(?:kan)?|boleh|hendak|mahu|(?:di|ter)?tangguh(?:kan)?|bersedia"
    r"|(?:di|me)?minta|(?:di|men)desak|(?<!-)(?:di|meng)?gesa|bersiap|berupaya|berusaha|(?:di|meng)upayakan|(?:meng)?ingin(?:kan)?"
    r"|berhasrat|hasrat|kebut|mengebut|percepat|mempercepat|dipercepat|(?:ber)?potensi"
    r"|(?:di|ber|men)?janji(?:kan)?|(?:ber)?komitmen|gagal|(?:me|di)nolak|enggan|optimis(?:tis)?|yakin|menuju"
    # headlines drop the prefixes: "Publik Desak DPR Sahkan RUU PDP", "Dorong", "Usulkan", "Tuntut"
    r"|desak|dorong|usulkan|upayakan|(?:di|me)?nuntut|tuntut|(?:pekan|minggu|bulan|tahun) (?:depan|hadapan)|mendatang"
    # a time still to run: "Sebulan lagi UU PDP berlaku penuh" (a month from now), "dua pekan lagi"
    r"|(?:se|(?:\d+|dua|tiga|empat|lima|enam|beberapa) )(?:hari|pekan|minggu|bulan|tahun) lagi)\b"
    # Thai (no word boundaries in Thai script: a word must not be read inside another, so "ขอ" (to ask) is not "ของ"
    # (of), "ควร" (should) not "สมควร" (fitting, in every act's preamble), "พร้อม" (ready to) not "พร้อมทั้ง" (and
    # also), "พิจารณา" (to consider) not "การพิจารณา" (the consideration: "เข้าสู่การพิจารณาของสภา", before the House))
    r"|ยกเลิก|โดยสาระสำคัญ|เตรียม|จะ|คาด|ใกล้(?!ชิด)|เล็ง|มีแผน|วางแผน|ยังไม่|ไม่(?!ว่า)|เลื่อน|อาจ(?!ารย์)|(?<!สม)ควร|(?<!ถูก)ต้อง"
    r"|มีกำหนด|กำหนดการ|มั่นใจ|ล้มเหลว|ปัดตก|ตีกลับ|จับตา|(?<!สนับ)หนุน"  # backs it ("ไทยหนุนสรุป DEFA"), not "สนับสนุน"
    r"|เสนอ|(?<!ตรวจ)(?<!การ)พิจารณา(?!เสร็จ)|รอการ|หวัง|เป้า|พร้อม(?!ทั้ง|กับ|กัน|ด้วย)|ต้องการ|อยาก|ขอ(?![บง])|เรียกร้อง"
    # press verbs of what is coming: "จ่อคลอด" (about to issue), "ลุ้น" (hoping for), "ชง ครม." (put to the
    # Cabinet), "รอ ครม. เห็นชอบ" (org-today.line-apps.com/th/v3/article/rmwpPOw, bangkokbiznews.com/tech/ai/1215376)
    r"|จ่อ|ลุ้น|ชง|รอ(?=\s?(?:การ|ครม|คณะรัฐมนตรี|สภา|ให้|ความเห็นชอบ|ประกาศ|ลง|มีผล|บังคับ))"  # "รอมีผลบังคับใช้" (awaits force)
    # an order that someone act is no act yet: "นายกฯ สั่งการให้ ... เร่งเสนอ", "กำชับให้"
    r"|สั่งการ|สั่งให้|กำชับ"
    # Vietnamese
    r"|\b(?:sẽ|chưa|sắp|(?<!chương )(?<!quá )(?<!công )(?<!tờ )trình(?! bày)|cần(?! thiết)"
    rf"|{_vi('dự kiến', 'chuẩn bị', 'kế hoạch', 'đề xuất', 'dự định', 'mục tiêu', 'phấn đấu')}"
    # "đề nghị" (proposes, asks) hedges, except when it asks for comments: that is the consultation itself, as
    # "invites comments" is in English ("Bộ đề nghị các cơ quan, tổ chức góp ý dự thảo Nghị định ...")
    rf"|(?:{_vi('đề nghị')})(?![^.;]{{0,60}}?(?:{_vi('góp ý', 'cho ý kiến', 'tham gia ý kiến')}))"
    # "hoãn" (postponed) keeps its accent: "Hoan" is a name ("Phó Chủ tịch Quốc hội Lê Minh Hoan")
    rf"|hoãn|{_vi('có thể', 'hy vọng', 'kỳ vọng', 'tiến tới', 'sẽ được', 'chưa được', 'mong muốn', 'kiến nghị')}"
    rf"|{_vi('lùi', 'dời sang', 'dời lại', 'hướng tới', 'hướng đến', 'từ chối', 'thất bại', 'lạc quan', 'tin tưởng')}"
    # "Trước thềm ..." (on the eve of): the headline's "ahead of"
    rf"|{_vi('trước thềm')}"
    # "liệu" (whether), not the "liệu" of "dữ liệu" (data), "tài liệu" (document), "số liệu" (figures); above, "cần"
    # (needs to), not "cần thiết" (necessary), and Indonesian "bakal" (will), not "cikal bakal" (the seed of)
    rf"|chờ|đợi|{_vi('bao giờ', 'khi nào')}|(?<!dữ )(?<!tài )(?<!số )(?<!tư )(?<!vật )(?<!nguyên )(?<!nhiên )liệu"
    rf"|{_vi('tuần tới', 'tháng tới', 'năm tới', 'sắp tới', 'kỳ họp tới')}|(?<!một )(?<!\d )(?:tuần|tháng|năm) sau"
    # "chậm ban hành" (late in being issued), "chậm nhất" (at the latest: a deadline)
    rf"|chậm|mong|muốn|sớm|hủy|xem xét|{_vi('về cơ bản', 'cơ bản')}"
    rf"|{_vi('yêu cầu', 'sẵn sàng', 'cố gắng', 'nỗ lực', 'khẩn trương')})\b",
)
# Thai verbs of effort ("เร่งดันร่าง ... เข้า ครม.", "มุ่ง", "เข็น") hedge an event in their own phrase only: Thai
# separates phrases by a space, and "ETDA เดินหน้าผลักดันประเทศไทยสู่การเป็นผู้นำด้าน AI เปิดเวทีรับฟังความเห็น" (the
# ETDA hearing, bizuget.com, 2025) reports the hearing. A space after "ให้" (so that), "ร่าง" (draft) or an
# abbreviation ("ครม.", "นายกฯ"), or before one ("พ.ร.บ."), is inside a phrase.
_THAI_EFFORT = re.compile(r"ดัน|มุ่ง|เร่ง|เข็น")
_THAI_PHRASE_BREAK = re.compile(
    r"(?:(?<=[\u0e00-\u0e7f])|(?<=\w)(?=[\u0e00-\u0e7f]))(?<![.ฯ])(?<!ให้)(?<!ร่าง) (?![^\s]*\.)(?=[^\s])")
# "พร้อม" after a space and a completed clause joins a second act ("เปิดเผยร่าง ... อย่างเป็นทางการแล้ว ...
# พร้อมเปิดรับฟังความคิดเห็น": and opened a hearing, ceei.co, 2025); attached to its subject it is "ready to"
# ("ไทยพร้อมลงนาม").
_JOINING = re.compile(r"(?<= )พร้อม(?!ที่|จะ)")
# Work in progress: "is being drafted", "sedang", "đang", "อยู่ระหว่าง". It hedges a decision ("the Cabinet is
# considering the bill" is no approval yet) but IS the news of a status that lasts (consultation, approval:
# "đang lấy ý kiến", "đang được Bộ Tư pháp thẩm định"): see ``ongoing`` in the vocabulary. "In the final stages of
# developing a dedicated Artificial Intelligence Governance Bill" (malayandaily.com malaysias-ai-governance-bill-set-to-
# strengthen-digital-regulatory-framework) is work in progress too.
_ONGOING = re.compile(
    r"\b(?:under (?:consideration|review|discussion)|(?:is|are) being|ongoing|in progress"
    r"|in the (?:(?:final|last|early|advanced|late) )?(?:process|stages?) of|sedang|tengah|masih|dalam (?:proses|tahap)|đang)\b|อยู่ระหว่าง|กำลัง|อยู่ในขั้นตอน"
)
# Denials are about the past too ("denied reports that the bill had been tabled"): nothing cancels them.
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied)|dismiss(?:es|ed)? reports|refut(?:e|es|ed)|contrary to|not true|untrue|hoax|hoaks"
    r"|(?:mem|di)bantah|menampik|ditampik|menyangkal|disangkal|(?:me|di)nafikan|tidak benar"
    # rumours are no report either, whatever their tense: "unconfirmed reports that the DEFA was signed"
    r"|unconfirmed|rumou?r(?:s|ed)?(?: that| of)|rumou?red|speculation (?:that|of)|desas-desus|khabar angin|kabar burung"
    rf"|{_vi('bác bỏ', 'phủ nhận', 'không đúng', 'tin đồn')})\b|ปฏิเสธ|ไม่เป็นความจริง|ไม่จริง|ข่าวลือ"
)
# A claim, not a report: what a post or a rumour says, in the verb's clause ("Viral post claiming Prabowo signed ...",
# "Beredar kabar di media sosial bahwa Presiden telah menandatangani ...", "Tular mesej RUU AI diluluskan ..."): "beredar"
# (circulating), "unggahan" (a post), "narasi" (a narrative), "tular" (viral), "dakwaan" (an allegation), "lan truyền"
# (spread), "อ้างว่า" (claims that), "ว่อน" (swarming online), "แชร์ข่าว" (sharing news).
_CLAIM = re.compile(
    r"\b(?:claims? that|claimed that|claiming|allegations? that|alleg(?:es|ed) that|alleging|purported|circulating"
    r"|(?:meng|di)?klaim|beredar|unggahan|narasi|tular|dakwaan|mendakwa|lan truyền)\b|อ้างว่า|ว่อน|แชร์ข่าว")
# A verdict that a claim is false: "palsu" (fake), "bohong" (a lie), "keliru" (mistaken), "fitnah" (slander), "tin giả"
# (fake news), "sai sự thật" (untrue), "bịa đặt" (made up), "ข่าวปลอม", "ข่าวเท็จ" (fake, false news), "ไม่จริง" (untrue).
_FALSE = (r"false|fake|untrue|baseless|unfounded|(?:a )?hoax|misleading|fabricated|bogus|hoaks|palsu|bohong|keliru"
          r"|fitnah|disinformasi|tin giả|tin sai sự thật|sai sự thật|bịa đặt")
_FALSE_WORD = re.compile(rf"\b(?:{_FALSE}|not true|(?:tidak|tak) benar|không đúng)\b|ข่าวปลอม|ข่าวเท็จ|ไม่เป็นความจริง|ไม่จริง")
# ... as the predicate of the clause that holds the event: "Claims that ASEAN signed the DEFA are false", "Kabar bahwa
# Presiden telah meneken Perpres AI tidak benar", "... là tin giả", not a topic ("the law against fake news"); or a denial
# as that predicate: "Reports that ... denied by the ministry", "Kabar ... Dibantah Istana" (denied by the palace), "... bị
# bác bỏ" (is rejected), "...ถูกปฏิเสธ" (is denied).
_FALSE_PREDICATE = re.compile(
    r"\b(?:(?:is|are|was|were|been|proved|proven|deemed|adalah|ialah|merupakan|dipastikan|dinyatakan|sahkan|là)\s+"
    rf"(?:(?:completely|totally|entirely|simply|sama sekali|hoàn toàn|một)\s+)?(?:{_FALSE})"
    r"|not true|(?:tidak|tak) (?:benar|tepat)|không đúng(?: sự thật)?)\b(?=\s*(?:[^\w\s]|$))"
    r"|\b(?:denied|refuted|debunked|dibantah|dinafikan|disangkal|ditampik|bị bác bỏ|bị phủ nhận)\b"
    r"|ข่าวปลอม|ข่าวเท็จ|ไม่เป็นความจริง|ไม่จริง|ถูกปฏิเสธ")
# ... and the claim's spreading, when the claim is what the clause is about: "kabar Presiden sudah meneken Perpres AI terus
# beredar" (the news ... keeps circulating), not "Video pembentangan RUU AI ... tular" (the video of the tabling went
# viral): "beredar" (circulates), "tular" (goes viral), "lan truyền" (spreads), "ว่อน" (swarms online); "kabar", "khabar",
# "berita" (news), "mesej", "pesan" (a message), "unggahan", "bài đăng" (a post), "thông tin", "tin" (information), "ข่าว".
_SPREAD = re.compile(r"\b(?:went viral|goes viral|beredar|tular|lan truyền)\b|ว่อน")
_CLAIM_NOUN = re.compile(r"\b(?:claims?|rumou?rs?|posts?|messages?|kabar|khabar|berita|mesej|pesan|unggahan|thông tin|tin"
                         r"|bài đăng)\b|ข่าว")
# Fact-checkers at work after a quoted claim: "a post reading 'ASEAN signs DEFA' was flagged by fact-checkers", "đã được
# kiểm chứng" (has been checked).
_CHECKED = re.compile(r"\b(?:fact[- ]?check\w*|debunk\w*|kiểm chứng|(?:cek|periksa|semak) fakta)\b|ตรวจสอบข้อเท็จจริง")
# A concession before the main clause: a denial or a rumour in it is not the main clause's ("Despite rumours of a delay,
# ASEAN leaders signed the DEFA", "Meski sempat dibantah, Presiden akhirnya meneken ...", "Bất chấp tin đồn ..., Quốc hội
# đã thông qua", "แม้มีข่าวลือ ... แต่ ครม. มีมติ"); a claim inside it ("Although the palace denied that the President
# had signed ...") runs up to the event and is no concession before it.
_CONCEDED = re.compile(
    r"\b(?:despite|in spite of|notwithstanding|although|though|meski(?:pun)?|walau(?:pun)?|biarpun|sekalipun|bất chấp"
    r"|mặc dù|tuy|dù)\b[^,;]*?(?:[,;]|(?=\s(?:but|tetapi|namun|nhưng)\b))|แม้(?:ว่า|จะ)?[^,;]*?(?=\s?แต่)")
_NEW_CLAUSE = re.compile(r"[,;](?!\d)|\b(?:and|but|while|whereas|dan|tetapi|namun|serta|sementara|và|nhưng|còn)\b|และ|แต่")
# A fact-check's verdict opening the item: "FALSE:", "[HOAKS]", "CEK FAKTA:" (fact check), "[SALAH]" (wrong), "Tin giả:",
# "ข่าวปลอม!", "ชัวร์ก่อนแชร์" (check before sharing), "PALSU:". What follows is the claim checked, not a report.
_FACT_CHECK = re.compile(
    r"\s*[\[(【]?\s*(?:fact[- ]?check(?:ed)?|false|fake|misleading|hoax|debunked|(?:cek|periksa|semak) fakta|hoaks|salah"
    r"|keliru|palsu|disinformasi|tin giả|ข่าวปลอม|ข่าวเท็จ|ชัวร์ก่อนแชร์)\s*(?:[\])】]|[:!|]|\s[-–—]\s|(?<=[\u0e00-\u0e7f])\s)")
# A piece labelled as other than news, opening the item: "Opinion:", "OPINION |", "Commentary:", "Editorial:", "Satire:",
# "Explainer:", Reuters' "COLUMN-", and "Correction:" (a notice that restates the error it corrects). What follows is
# a view, a joke, a background or the error, not this item's report.
_NOT_NEWS = re.compile(
    r"\s*[\[(]?\s*(?:correction|satire|parody|opinion|commentary|op-ed|editorial|explainer|column|viewpoint"
    r"|letters?(?: to the editor)?)\s*(?:[\])]|[:|]|\s[-–—]\s|-(?=\w))")
# A link to another article opening its line: "Baca juga:", "Berita Terkait:", "Related:", "Read more:", "Tin liên quan:",
# "Xem thêm:", "อ่านเพิ่มเติม:" (read also, related news, see more), Malay "Artikel berkaitan:", "Baca lagi:". Its headline is
# that article's news, not this one's.
_RELATED = re.compile(
    r"\s*(?:baca juga|baca pula|baca lagi|berita terkait|artikel terkait|artikel berkaitan|berita berkaitan|lihat juga"
    r"|simak juga|related(?: stories| articles| news)?"
    r"|read more|read also|also read|see also|tin liên quan|tin lien quan|xem thêm|xem them|đọc thêm|bài liên quan"
    r"|อ่านเพิ่มเติม|อ่านข่าว(?:ที่)?เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง)\s*[:：|»>]")
# Quotations: the event inside one is someone's words, a claim or a title ("'ASEAN signs DEFA' claim false").
_QUOTATION = re.compile(r"\"[^\"]+\"|“[^”“]+”|«[^»]+»|(?<!\w)['‘](?:[^'‘’]|['’](?=\w))+['’](?!\w)")
# ... and a title in quotes: a seminar's, a programme's, an article's ("the webinar, titled \"Vietnam passes AI Law: what
# next\"", "Chương trình \"Quốc hội thông qua Luật ...\"", "diskusi bertajuk \"...\"", "ในหัวข้อ \"...\""): "bertajuk",
# "berjudul", "mang tên", "tựa đề" (titled), "bertema", "chủ đề" (themed), "bengkel", "lokakarya", "hội thảo", "tọa đàm",
# "สัมมนา", "เสวนา" (workshop, seminar, talk), "chương trình" (programme), "bài viết", "บทความ" (article), "หัวข้อ" (topic).
_TITLED = re.compile(
    r"(?:\b(?:titled|entitled|headlined|dubbed|themed|bertajuk|berjudul|bertema(?:kan)?|bertopik|mang tên|có tên"
    r"|tựa đề|tiêu đề|chủ đề)\s*[,:]?"
    r"|\b(?:webinar|seminar|conference|forum|workshop|panel|symposium|column|op-ed|article|book|headline|programme"
    r"|program|campaign|diskusi|lokakarya|bengkel|artikel|buku|kampanye|kempen|hội thảo|tọa đàm|toạ đàm|diễn đàn"
    r"|chương trình|cuộc thi|chuyên đề|bài viết|bài báo|cuốn sách|phóng sự|hội nghị)(?:\s+[\w-]+){0,2}"
    r"|หัวข้อ|สัมมนา|เสวนา|บทความ|หนังสือ|ภายใต้ชื่อ)\s*$")
# A report at second hand: another outlet's, unnamed sources', a document seen by the reporter ("Reuters reported that",
# "reportedly", "according to a draft seen by", "dikabarkan", "menurut sumber", "có thông tin", "มีรายงานว่า"). It is
# probably true and a person checks it; a source that speaks for itself ("the ministry said", "kata Menteri", "cho
# biết", "เปิดเผยว่า") is first hand.
_HEARSAY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|(?:reported|reports?|reporting)(?: [\w-]+){0,3}? that"
    r"|reports? (?:said|say|says|suggest(?:s|ed)?)|according to (?:(?:a|an|the|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sources?|insiders?|people|persons?|draft|document|copy|reports?|memo|leak|leaked)"
    r"|(?:draft|document|copy|letter|memo|text|version|minutes)s? (?:[\w-]+ ){0,3}?seen by"
    r"|sources? (?:said|say|says|told|familiar|close|with knowledge|privy)|people (?:familiar|close|with knowledge|briefed)"
    r"|(?:is|are|was|were) (?:understood|learnt|learned|said|believed) to|it is (?:understood|learnt|learned|believed)"
    r"|declined to be named|asked not to be named|condition of anonymity"
    # Indonesian and Malay: "is reported", "reportedly", "so it is said", "it is understood", "according to a source"
    r"|dikabarkan|kabarnya|khabarnya|dikhabarkan|konon(?:nya)?|santer|disebut-sebut|difahamkan|dipercayai"
    r"|(?:me|di)laporkan baha?wa|dilaporkan (?:telah|sudah)|menurut (?:sumber|kabar|khabar|laporan|dokumen|draf)"
    r"|(?:enggan|tidak mahu|tidak ingin) (?:disebut|dinamakan)"
    # Vietnamese: "there is information that", "a source", "is said to", "reported", "anonymous"
    r"|có thông tin|nguồn tin|được cho là|đưa tin|giấu tên)\b"
    # Thai: "there are reports that", "a news source", "a news report", "a current of news", "it is said", "anonymous"
    r"|มีรายงาน|แหล่งข่าว|รายงานข่าว|กระแสข่าว|ว่ากันว่า|ไม่ประสงค์ออกนาม")
# The end of the event's part of its sentence for a second-hand marker after it: "..., while sources said the Senate
# would vote in May" is about something else.
_CONTRAST_AFTER = re.compile(r"\b(?:while|whereas|but|however|sementara|sedangkan|manakala|namun|tetapi|trong khi|nhưng|còn)\b"
                             r"|แต่|ขณะที่")
# ... and so is a report that could not be confirmed, in the verb's clause
_UNCONFIRMED = re.compile(
    r"\b(?:(?:could|can)(?:not| not|n't)(?: yet)? be (?:confirmed|verified|independently verified)|unconfirmed"
    r"|belum (?:dapat |bisa )?(?:dikonfirmasi|dipastikan)|belum (?:dapat )?disahkan kebenarannya"
    rf"|{_vi('chưa được xác nhận', 'chưa được kiểm chứng')})\b|ยังไม่ได้รับการยืนยัน"
)
# Conditions and time clauses, limited to the verb's clause ("Before midnight, the Cabinet approved ...").
# Only a simple past cancels them: "once the DEFA has been signed" is still hypothetical.
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|once|when|whether|before|until|in case|in the event|provided(?: that)?|assuming|as soon as"
    r"|jika|jikalau|apabila|bila|kalau|sekiranya|seandainya|andai(?:kan|kata)?|asalkan|sebelum|begitu|(?:men)?jelang"
    r"|ketika|tatkala"
    r"|nếu|trước khi|một khi|khi|trong trường hợp|giả sử|giả như|miễn là|neu|truoc khi|trong truong hop|gia su)\b"
    # Thai "เมื่อ" (when, once) but not a past time ("เมื่อวันที่ 10", "เมื่อเร็วๆ นี้", "เมื่อปลายเดือน")
    r"|หาก|ถ้า|ก่อน(?!หน้า)|กรณี|เมื่อ(?!วัน|วาน|ปี|เดือน|สัปดาห์|ช่วง|ครั้ง|คืน|เช้า|บ่าย|เย็น|ต้น|กลาง|ปลาย|ตอน|ราว|เร็ว|ไม่นาน|\s?\d)"
)
# ... of which the time words only say when: in the event's own clause, once its day has come, "when" is that day ("Từ
# ngày 1/3, khi Luật AI chính thức có hiệu lực, ..." read on 1 March; "A law regulating artificial intelligence (AI) went
# into effect in Vietnam on March 1", straitstimes.com/asia/se-asia/vietnam-ai-law-takes-effect-first-in-south-east-asia),
# while "if" and a time clause of its own before a comma ("Once passed, it takes effect today") still condition it.
_TEMPORAL = re.compile(r"when|once|as soon as|khi|một khi|mot khi|begitu|ketika|tatkala|เมื่อ")
_SIMPLE_PAST = re.compile(r"\b(?:was|were|did)\b")
# A condition proper (not a time clause) in a clause before the verb's holds for it too, unless the verb's clause says it
# happened: "Kalau sudah disepakati, RUU PDP baru dibawa ke paripurna" ("kalau sudah disepakati baru dibawa ke paripurna",
# amp.suara.com/news/2017/08/22/160227/perppu-ormas-digarap-komisi-ii-dpr), "Nếu được thông qua, Luật ..." but not
# "Jika dibandingkan dengan negara lain, Indonesia telah mengesahkan ...".
_IF = re.compile(r"\b(?:if|unless|in case|in the event|provided(?: that)?|assuming|jika|jikalau|apabila|bila|kalau|sekiranya"
                 r"|seandainya|andai(?:kan|kata)?|asalkan|nếu|trong trường hợp|giả sử|giả như|miễn là)\b|หาก|ถ้า|กรณี")
# Negation, limited to the verb's clause: "challenges that are not light, said Dian at the launch of ..." says
# nothing about the launch. (Thai "ไม่", "ยังไม่" and "not yet" words stay sentence-wide above.)
_NEGATION = re.compile(
    r"\b(?:not(?! only)|never|no longer|no(?!\.?\s*\d)|tidak|tak|bukan|không(?! gian| chỉ))\b|n't\b")
_NEVER = re.compile(r"(?!)")  # a negation in the verb's clause is not cancelled by a perfect: "no AI statute has been enacted"
# Modals, also limited to the verb's clause.
_MODAL = re.compile(
    rf"\b(?:soon|{_NOT_AFTER_DATE}may(?!\s+\d)|might|could|can|cannot|should|must|phải)\b"
)
# Words that put a step back or call it off: "postponed", "called off", "ditunda", "bị hoãn".
_CALLED_OFF_WORDS = (
    r"postponed|delayed|deferred|rescheduled|pushed (?:back|to|into)|put off|slipp(?:ed|ing) (?:to|into|back|past|beyond)"
    r"|cancel(?:s|led|ed)?|called off|scrapped|axed"
    r"|(?:di)?batal(?:kan)?|urung|tidak jadi|ditunda|diundur|bị hủy|hủy bỏ|bị hoãn|hoãn lại|hoãn")
# A sitting still to come, however long the object between it and the verb: "Kerajaan membentangkan draf Rang
# Undang-Undang (RUU) Pekerja Gig pada sidang Parlimen akan datang" (Bernama, 2025-05-01), "at the next sitting"
_COMING_SITTING = re.compile(
    r"\b(?:(?:sidang|persidangan|mesyuarat|penggal|masa sidang|rapat paripurna)\b[^.;,]{0,30}?\b(?:yang )?"
    r"(?:akan datang|mendatang|berikutnya|hadapan)|(?:next|coming|upcoming|forthcoming) (?:parliamentary )?"
    r"(?:sitting|session)|kỳ họp (?:tới|sau|tiếp theo))\b")
# Markers of the future or a delay right after the verb: "signing ceremony will be held", "ditunda".
_AFTER = re.compile(
    r"\b(?:will|would|shall|(?:is |are )?expected (?:to|in|on|by|next|later|soon|before|early|late|this)"
    rf"|scheduled|slated|set (?:for|to)|planned|{_CALLED_OFF_WORDS}|(?:is |was |has been )?(?:expected|due|set) to take place"
    r"|if|unless|provided that|jika|apabila|sekiranya|nếu|trừ khi"  # "takes effect today if the King assents"
    r"|on hold|or not|next (?:week|month|year|quarter)|later this|in the coming|soon|is due|are due|yet to|not yet"
    r"|before the (?:end|close)|by the end|no later than|nanti|kelak|sebelum|paling lambat"
    r"|akan|bakal|segera|ditargetkan|dijadwalkan|direncanakan|diharapkan|diperkirakan|ditunda|diundur"
    r"|tertunda|molor|(?:pekan|minggu|bulan|tahun) (?:depan|hadapan)|mendatang|akan datang|belum|dijangka"
    # a day ahead ("dibentang 1 Disember depan", kosmo.com.my 2025/10/24 11-dasar-tribunal-anti-buli-dibentang-1-
    # disember-depan), not "di depan" (in front of) nor "masa depan" (the future: "demi masa depan ekonomi digital")
    r"|(?<!di )(?<!masa )depan"
    r"|dijadual(?:kan)?|dirancang|ditangguhkan|tidak lama lagi|dalam masa terdekat"  # soon, shortly
    # a bill put on the DPR's legislative programme is planned, not passed: "Rapat Paripurna DPR menyetujui RUU PDP masuk
    # Prolegnas Prioritas 2021"
    r"|(?:masuk|dimasukkan|termasuk) (?:ke )?(?:dalam )?(?:daftar )?(?:prolegnas|program legislasi)"
    r"|sẽ|chưa|bị chậm|chậm trễ"
    rf"|hoãn|{_vi('dự kiến', 'lùi', 'tuần tới', 'tháng tới', 'năm tới', 'năm sau', 'sắp tới', 'kỳ họp tới')})\b"
    r"|ยกเลิก|จะ|เลื่อน|คาดว่า|เตรียม|ในเร็ว ?ๆ ?นี้|สัปดาห์หน้า|เดือนหน้า|ปีหน้า|มีกำหนด"
    r"|ภายใน(?:สิ้น)?(?:ปี|เดือน|สัปดาห์|ไตรมาส|วันที่)"
    # in force the day after publication, or once a period from it has passed: later than the report
    r"|วันถัด(?:จากวัน|ไป)|เมื่อพ้นกำหนด|(?:นับ(?:แต่|จาก|ตั้งแต่))วัน(?:ที่)?ประกาศ"
)
# Markers of a schedule, nothing more: for an event dated to the publication day ("will be fully implemented starting
# October 17" on 17 October, "on November 27 is set to discuss" on 27 November) they say it happens today.
_SCHEDULED = re.compile(r"will|shall|going to|set (?:to|for)|scheduled?|slated|due to be|(?:is |are )?expected (?:to|on)"
                        r"|akan|bakal|(?:di|men)?jadwal(?:kan)?|sẽ|dự kiến|จะ|มีกำหนด")
# A decision before a purpose marker is the event: "voted to approve", "memberikan suara untuk mengesahkan".
_DECIDED = re.compile(r"\b(?:vot(?:e|es|ed|ing)(?: [a-z]+ly)?|decid(?:e|es|ed)|sepakat|setuju|bersetuju|memutuskan"
                      r"|memberikan suara|mengundi|quyết định|biểu quyết|bỏ phiếu"
                      # being the first to do it is having done it: "Vietnam became the first country to pass an AI law"
                      r"|bec(?:ame|omes?) (?:the )?first(?: [\w-]+){0,5})\s*$")
_SET_TO = re.compile(r"\b(?:set|scheduled|slated|due|expected)\s*$")  # "is set to discuss": a schedule, not a purpose
# Future auxiliaries: after a noun they hedge it ("the signing will take place"); after the verb of a relative
# clause they begin the main predicate ("the bill that is being drafted will introduce liability").
_AUXILIARY = re.compile(r"will|would|shall|akan|bakal|sẽ|จะ")
_RELATIVE = re.compile(r"\b(?:yang|which|that|who|mà)\b|ซึ่ง")
# A reduced relative clause ("the AI Governance Bill currently being drafted will introduce ..."): no finite verb
# before "being", so the event describes the name and a future after it is the main verb's.
_REDUCED_RELATIVE = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbeen)\s+(?:(?:currently|now|presently|still)\s+)?being\s+\w+$")
# Past and perfect markers: a hedge before one of these is about something else ("was expected ..., was signed").
_CANCEL = re.compile(
    r"\b(?:was|were|did|telah|sudah|baru saja|baru sahaja|akhirnya|đã|vừa|da duoc|vua duoc)\b"
    r"|\b(?:has|have|had)\s+(?:(?:now|already|finally|just|officially|formally)\s+)?(?:been|\w+(?:ed|en|wn|ne))\b"
    r"|(?<!จะ)(?<!อาจ)(?<!ไม่)แล้ว|(?<!จะ)(?<!อาจ)(?<!ไม่)ได้"
)
# A past marker right before the verb ("was signed", "telah diteken", "đã ký", "ได้ลงนาม").
_PAST_BEFORE_VERB = re.compile(
    r"(?:\b(?:was|were|has been|have been|had been|telah|sudah|đã|vừa)(?:\s+\w+)?|(?<!จะ)(?<!ไม่)ได้"
    r"|\b(?:has|have|had)(?:\s+(?:now|formally|officially|finally|already|just|fully))?)\s*$"
)
# A delay counted from now, after a verb that is not in the past: "take effect in 12 months", "takes effect after
# a two-year transition period" (but "took effect ... after a two-year transition" reports the event), in every language:
# "มีผลบังคับใช้อีก 180 วัน" (in another 180 days), "เมื่อพ้น 180 วัน", "หลังประกาศ 1 ปี", "berkuat kuasa dalam tempoh enam
# bulan", "berkuat kuasa enam bulan selepas diwartakan", "có hiệu lực sau 6 tháng"; not a time already gone ("six months
# ago", "enam bulan lalu", "6 tháng qua", "ใน 2 ปีที่ผ่านมา").
_COUNT = (r"(?:\d+|a|an|one|two|three|four|six|nine|twelve|eighteen|satu|dua|tiga|empat|lima|enam|tujuh|lapan|delapan"
          r"|sembilan|sepuluh|dua belas|một|hai|ba|bốn|sáu|mười hai)")
_UNIT = r"(?:days?|weeks?|months?|years?|hari|minggu|bulan|tahun|ngày|tuần|tháng|năm)"
_GONE = r"(?!\s*(?:ago|lalu|lepas|yang lalu|silam|qua|vừa qua|trước))"
_AFTER_PERIOD = re.compile(
    rf"\b(?:in|within) {_COUNT}[- ]{_UNIT}\b"
    r"|\bafter (?:a|an|the) (?:[\w-]+ ){0,2}?(?:transition(?:al)?|grace) period"
    rf"|^\s*{_COUNT}[- ]{_UNIT}\b{_GONE}"  # a duration right after the verb: "berkuat kuasa enam bulan (selepas ...)"
    rf"|\b(?:dalam|di dalam) (?:tempoh |masa |waktu |jangka waktu )?{_COUNT} {_UNIT}\b{_GONE}"
    rf"|\b(?:sau|trong vòng) {_COUNT} {_UNIT}\b{_GONE}"
    r"|(?:อีก|ใน(?:อีก)?|เมื่อพ้น(?:กำหนด)?|หลัง(?:จาก)?\S{0,20}?)\s?\d+\s?(?:วัน|สัปดาห์|เดือน|ปี)(?!ที่ผ่านมา|ก่อน)")
_PAST_VERB = re.compile(r"(?:took|came|went|became|kicked|\w+ed)\b")
# Vietnamese bare "trong" is within as much as during: "có hiệu lực trong 6 tháng" is a delay, while after a status that
# lasts it is how long it runs ("lấy ý kiến trong 60 ngày", consulted on for 60 days).
_WITHIN = re.compile(rf"\btrong {_COUNT} {_UNIT}\b{_GONE}")
# Right after the verb, a condition still to be met: "có hiệu lực sau khi các nước thành viên phê chuẩn" (takes effect once
# the members ratify it; "sau khi" otherwise ends the clause for _AFTER).
_ONCE_RATIFIED = re.compile(r"\s*sau khi\b[^.;,]{0,40}?\bphê chuẩn")
# The verb itself is preceded by a purpose marker: "to sign", "untuk ditandatangani", "để ký", "เพื่อลงนาม".
_PURPOSE = re.compile(
    r"(?:\b(?:to|untuk|agar|supaya|ahead of|in order to|để)\b|เพื่อ(?:ให้)?|ให้ทัน)"  # "ให้ทันลงนาม": in time to sign
    # ... or by one and a verb of receiving: "to get Cabinet nod", "to win final approval" (a plan, not "gets" the nod)
    r"(?:\s+(?:be|the|formally|officially|finally|jointly|eventually|get|win|receive|secure|obtain|gain|earn|final|formal"
    r"|dapat|bisa|được|duoc)\b){0,3}\s*$"
)
# Text that ends the verb's clause for _AFTER: relative pronouns, conjunctions, a comma, a Thai phrase break.
_CLAUSE_END = re.compile(
    r"[,;:]|\b(?:which|that|and|but|while|after(?! (?:a|an|the) (?:[\w-]+ ){0,2}?(?:transition|grace))"
    r"|yang|dan|tetapi|namun|serta|setelah|selepas|mà|và|nhưng|sau khi)\b"
    r"|ซึ่ง|และ|แต่|หลังจาก|(?<=[\u0e00-\u0e7f]) (?=[\u0e00-\u0e7f])"
)
# An event named as a noun, then a contrast that calls it off or puts it back: "what was billed as the signing of the DEFA,
# but the ceremony was called off", "penandatanganan DEFA, namun acara itu ditunda". A verb ("signed the DEFA, but the
# gala was cancelled") keeps its report; only the noun's happening is in doubt.
_CALLED_OFF = re.compile(rf"\b(?:but|however|yet|tetapi|namun|nhưng|song)\b[^.;]*?\b(?:{_CALLED_OFF_WORDS})\b"
                         r"|แต่.*?(?:ยกเลิก|เลื่อน)")
# A schedule set off by commas is an aside: "The signing of the DEFA, first planned for Wednesday, has been postponed".
_SCHEDULE_ASIDE = re.compile(r",\s*(?:(?:first|originally|initially|once|earlier|semula|awalnya)\s+)?"
                             r"(?:planned|scheduled|slated|set|due|dijadwalkan|dijadualkan|direncanakan|dirancang|dự kiến)"
                             r"\b[^,;]{0,60},", re.IGNORECASE)
# Relative clauses set off by commas say nothing about the main verb: "Leaders, who will meet ..., signed".
_PARENTHETICAL = re.compile(r",\s*(?:who|which|whose|yang|yg|mà|ซึ่ง)\b[^,]*,")
# Completed events, wherever they are in a sentence: evidence that a hedged text may still report the event.
COMPLETED = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:(?:now|officially|formally|finally|just|already|been)\s+){0,2}"
    r"(?:signed|adopted|approved|passed|enacted|issued|promulgated|tabled|ratified|concluded|gazetted"
    r"|endorsed|published|launched|finali[sz]ed)\b"
    r"|\b(?:took|came|entered) (?:into )?(?:effect|force)\b"
    # "sudah dapat diterbitkan" (can already be issued) is a modal, not a perfect
    r"|\b(?:telah|sudah)\s+(?:(?!(?:dapat|bisa|boleh|akan|bakal|harus|perlu|mesti|siap)\b)\w+\s+)?(?:di\w+|me\w+|terbit"
    r"|berlaku|lulus)\b"
    r"|(?<!จะ)(?<!ยัง)(?<!ไม่)ได้(?:ลงนาม|อนุมัติ|เห็นชอบ|ประกาศ|ผ่าน|รับความเห็นชอบ)"
    r"|(?:ลงนาม|อนุมัติ|เห็นชอบ|ผ่าน|ประกาศใช้)(?:เรียบร้อย)?แล้ว|(?<!จะ)(?<!จะ )(?<!ไม่)มีมติ(?:เห็นชอบ|อนุมัติ)"  # "จะมีมติ" (will resolve) is none
    rf"|\b(?:đã|vừa)\s+(?:được\s+)?(?:\w+\s+){{0,3}}?(?:ký|thông qua|ban hành|phê duyệt|có hiệu lực)"
    r"|\b(?:da|vua) (?:duoc )?(?:ky|thong qua|ban hanh|phe duyet)\b"
)

# Realis: words that say the event has happened (past, perfect, "today", "officially", a decision number).
_REALIS = re.compile(
    r"\b(?:was|were|has|have|had|did|today|yesterday|this (?:morning|afternoon|evening|week)|last (?:week|month|night)"
    r"|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|officially|formally|finally|welcom(?:es|ed)|witness(?:es|ed)"
    r"|held|hail(?:s|ed)|marks|marked|celebrat(?:es|ed)|complet(?:es|ed)|telah|sudah|resmi|rasmi|akhirnya"
    r"|baru saja|baru sahaja|hari ini|kemarin|semalam|tadi|(?:pekan|minggu|bulan) lalu|senin|selasa|rabu|kamis"
    r"|jumat|sabtu|isnin|khamis|jumaat|ahad|đã|vừa|chính thức|hôm nay|hôm qua|sáng nay|chiều nay|mới đây"
    r"|(?:nomor|no\.?|number|số|bil\.?)\s*\d+)\b|ได้|แล้ว|วันนี้|เมื่อวาน|เมื่อวัน|มีมติ|อย่างเป็นทางการ|ล่าสุด"
)
# The matched event is a noun ("the signing of", "penandatanganan", "การลงนาม", "việc ký", "lễ ký"): it names the
# event without saying it happened.
_NOMINAL = re.compile(r"^(?:\w+(?:ion|ure)|pe\w+an|việc|lễ)\b|^(?:การ|ความ)")
_NOMINAL_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|of|for|towards?)|'s|\bpe\w+an|การ|\bviệc|\blễ)\s*$")
# A matched phrase that runs from its actor through a finite verb ("National Assembly passes", "cabinet on Tuesday
# approved", "deputies voiced support for the bill") is a clause, whatever precedes the actor ("Vietnam's National
# Assembly passes ...").
_CLAUSE = re.compile(r"\s(?:\w+ed|approves|passes|endorses|clears|ratifies|gives|gave|given|greenlit|green-lit"
                     r"|green-?lights|oks|okays|rubber-stamps|debates|deliberates|discusses|considers|fast-tracks"
                     r"|(?:gives|give|gave|given)(?: its| the)? (?:nod|green light|approval|go-ahead)"
                     r"|(?:is|are|was|were|been)\s+(?:(?:now|currently|still)\s+)?[\w-]+ing)(?:\s|$)")  # "... is deliberating"
# ... or it ends in an event noun: "cabinet approval", "the cabinet's nod" name the step, they do not report it.
_NOMINAL_END = re.compile(r"\s(?:approval|nod|green light|go-ahead|endorsement)$")
# A verb of putting out right before an event noun reports it: "MAS issued a consultation paper", "ETDA launches public
# consultation" (a hedge before that verb, "plans to issue a consultation paper", is found by :func:`hedge` first).
_PUT_OUT = re.compile(r"\b(?:issu(?:es|ed)|launch(?:es|ed)|open(?:s|ed)|releas(?:es|ed)|publish(?:es|ed)|unveil(?:s|ed)"
                      r"|start(?:s|ed)|beg(?:an|ins)|h(?:eld|olds)|conduct(?:s|ed)|r(?:an|uns)|initiat(?:es|ed)"
                      r"|commenc(?:es|ed)|kick(?:s|ed) off|roll(?:s|ed) out|puts? out)(?:\s+(?:a|an|the|its|their|new))?\s*$")
# ... and so does a finite verb of receiving it, the headline's passive: "Thai AI law gets Cabinet nod", "wins Cabinet
# approval" ("to get Cabinet nod", a plan, has no finite verb).
_RECEIVED = re.compile(r"\b(?:gets|got|wins|won|receives|received|secures|secured|obtains|obtained|earns|earned|bags|bagged)"
                       r"(?:\s+(?:a|an|the|its|their|final|formal))*\s*$")
# A headline that is the event's noun phrase, what is granted and to what: "Cabinet nod for Thai AI law", "Thai Cabinet
# green light to draft AI Act" (the headline's "gives the nod"); a word or two may open it, no more.
_GRANTED = re.compile(r"(?:\s*[\w'’.-]+){0,2}?\s*$")
_GRANTED_TO = re.compile(r"\s+(?:for|to)\b")
_GRANT = re.compile(r"\s(?:nod|green light|go-ahead|thumbs-up)$")
_ANY_DATE_REFERENCE = date(9000, 1, 1)  # any calendar date counts, whatever its year
_KICKER = re.compile(r":\s|\s[-–—]\s")  # a headline's parts: "Explainer: ...", "ASEAN – DEFA signed"

@dataclass(frozen=True)
class Hedge:
    """Why a verb's sentence does not report the event: the hedging words and where they sit."""

    words: str
    where: str  # "before" or "after" the verb
    denial: bool = False  # "denied reports that ...", "no AI statute has been enacted": a completed form in it
    # is no evidence either
    hearsay: bool = False  # reported at second hand ("Reuters reported that ..."): a review, not silence



@lru_cache(maxsize=64)
def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its Vietnamese accents stripped: for text typed without them, "se" is then "sẽ"."""
    return re.compile(fold_diacritics(pattern.pattern), pattern.flags)


def _p(pattern: re.Pattern[str], fold: bool) -> re.Pattern[str]:
    return _folded(pattern) if fold else pattern


def hedge(text: str, sentence: tuple[int, int], start: int, end: int, *, ongoing_ok: bool = False,
          today: bool = False, fold: bool = False, titled_ok: bool = False) -> Hedge | None:
    """The hedge that keeps ``text[start:end]`` (a matched event verb) from being an event, if any.

    Before the verb, within its sentence: a purpose marker right before it ("to sign"), a strong hedge
    anywhere ("will", "akan", "sẽ", "จะ", "expected", "belum", ...), or a modal or condition in the same
    clause ("could", "if", "when", "before"); a past or perfect marker between the hedge and the verb
    cancels it (for conditions only a simple past: "once it has been signed" stays hypothetical); work in
    progress ("sedang", "is being") too, unless ``ongoing_ok`` (the status lasts: a consultation). After the
    verb, up to the end of its clause: a marker of the future or a delay ("will be held", "ditunda"); a
    sentence that is a question.

    For a status that lasts, a hedge word that opens the matched event is part of what the vocabulary calls the
    event ("menunggu penandatanganan Presiden", awaiting the signature, is the approval stage; "trình Quốc hội" is
    the submission): hedge words inside such an event do not count. So is one that closes it, the verb of an
    actor-first event ("Quốc hội xem xét dự án Luật", the Assembly considers the bill: its stage), while a hedge
    between the actor and that verb still counts ("Quốc hội sẽ xem xét", will consider).
    A claim is no report either (:func:`_claimed`: a fact-check, a title, a claim called false).
    With ``today`` (the event's day has come:
    the publication day for a status that comes by the calendar or lasts, or an earlier day for in force), markers
    of a schedule only say when it happens.
    """
    claimed = _claimed(text, sentence, start, end, fold, titled_ok)
    if claimed:
        return claimed
    lead = text[max(sentence[0], start - BEFORE_WINDOW):start]
    before = _p(_PARENTHETICAL, fold).sub(",", normalise(lead, fold_diacritics=fold))
    verb = normalise(text[start:end], fold_diacritics=fold)
    purpose = _p(_PURPOSE, fold).search(before)
    if purpose and not (today and _SET_TO.search(before, 0, purpose.start())):
        return Hedge(purpose.group().strip(), "before")
    last = verb.rfind(" ")
    if last > 0 and not ongoing_ok:  # a phrase from actor to verb with "to" before its verb: "Vietnam lawmakers to approve"
        prefix = f"{before} {verb[:last + 1]}"
        purpose = _p(_PURPOSE, fold).search(prefix)
        if purpose and not _DECIDED.search(prefix, 0, purpose.start()):
            return Hedge(purpose.group().strip(), "before")
    if _asked(text[sentence[0]:start], text[end:sentence[1]]):
        return Hedge("?", "after", denial=True)  # a question reports nothing: "DEFA inked at last?", "Has it been signed?"
    after = normalise(_SCHEDULE_ASIDE.sub(" ", text[end:min(sentence[1], end + 2 * AFTER_WINDOW)]),
                      fold_diacritics=fold)[:AFTER_WINDOW]
    stop = _p(_CLAUSE_END, fold).search(after)
    clause = stop.start() if stop else len(after)
    unconfirmed = _p(_UNCONFIRMED, fold).search(after, 0, clause)
    if unconfirmed:
        return Hedge(unconfirmed.group(), "after", denial=True)
    called_off = _p(_CALLED_OFF, fold).search(after)
    if called_off and nominal(text, sentence, start, end, fold):
        return Hedge(called_off.group(), "after", denial=True)
    window = f"{before} {verb}"
    # (``before`` is normalised, so a comma right before the event ends it: "Jika dibandingkan ..., DPR telah membahas")
    clause_start = max((m.end() for m in re.finditer(r",(?:\s|$)|:(?:\s|$)|\s[-–—](?:\s|$)|[”\"]\s*,?(?:\s|$)", before)),
                       default=0)
    conceded = [m.span() for m in _p(_CONCEDED, fold).finditer(before)]
    denial = next((m for m in _p(_DENIAL, fold).finditer(window)
                   if not any(lo <= m.start() and m.end() <= hi for lo, hi in conceded)), None)
    if denial:
        return Hedge(denial.group(), "before", denial=True)
    phrase_start = max((m.end() for m in _THAI_PHRASE_BREAK.finditer(before)), default=0)
    verb_at = len(before) + 1
    opens = ongoing_ok and any(_p(p, fold).match(window, verb_at) for p in (_STRONG, _MODAL, _CONDITIONAL))
    closes = len(window) if ongoing_ok else -1  # where a hedge word that is the event's own verb ends
    checks = [(_STRONG, 0, _CANCEL), (_NEGATION, clause_start, _NEVER), (_CLAIM, clause_start, _NEVER),
              (_MODAL, clause_start, _CANCEL),
              (_CONDITIONAL, 0 if today else clause_start, _SIMPLE_PAST), (_THAI_EFFORT, phrase_start, _CANCEL),
              (TOMORROW, 0, _CANCEL)]  # "If passed, it will take effect today": the schedule no longer guards the condition
    if not ongoing_ok:
        checks.append((_ONGOING, 0, _CANCEL))
    for pattern, from_, cancel in checks:
        for m in _p(pattern, fold).finditer(window, from_):
            if ((opens and m.start() >= verb_at) or (m.start() >= verb_at and m.end() == closes)
                    or (today and _SCHEDULED.fullmatch(m.group()))
                    or (today and pattern is _CONDITIONAL and m.start() >= clause_start and _TEMPORAL.fullmatch(m.group()))):
                continue
            if pattern is _STRONG and _JOINING.match(window, m.start()) and _CANCEL.search(window, 0, m.start()):
                continue
            if not _p(cancel, fold).search(window, m.end()):
                # a perfect inside a negation or a condition is no evidence: "once it has been passed in both Houses"
                return Hedge(m.group(), "before", denial=pattern in (_NEGATION, _CONDITIONAL, _CLAIM))
    condition = _p(_IF, fold).search(window, 0, clause_start)
    if condition and not (_p(_CANCEL, fold).search(window, clause_start) or _PAST_VERB.fullmatch(verb.rsplit(" ", 1)[-1])):
        return Hedge(condition.group(), "before", denial=True)
    if _p(_PAST_BEFORE_VERB, fold).search(window[:len(before)]):
        return None  # "was signed before the summit": the deadline words after it are the past too
    rest = normalise(text[end:min(sentence[1], end + 2 * AFTER_WINDOW)], fold_diacritics=fold)
    stop = _p(_CLAUSE_END, fold).search(rest)
    sitting = _p(_COMING_SITTING, fold).search(rest, 0, stop.start() if stop else len(rest))
    if sitting and not today:
        return Hedge(sitting.group(), "after")
    m = _p(_AFTER, fold).search(after, 0, clause) or TOMORROW.search(after, 0, clause) or (
        # "comes into full force today after a two-year transition period": the period is over
        None if _PAST_VERB.match(verb) or TODAY_AFTER.match(after) else _p(_AFTER_PERIOD, fold).search(after, 0, clause)
        or (None if ongoing_ok else _p(_WITHIN, fold).search(after, 0, clause))) or _p(_ONCE_RATIFIED, fold).match(after)
    if (m and _p(_AUXILIARY, fold).fullmatch(m.group())
            and (_p(_RELATIVE, fold).search(before) or _REDUCED_RELATIVE.search(window))
            and not nominal(text, sentence, start, end, fold)):
        return None  # "RUU yang sedang dibangunkan akan memperkenalkan ...": the future is the main verb's
    return Hedge(m.group(), "after") if m and not (today and _SCHEDULED.fullmatch(m.group())) else None


def _claimed(text: str, sentence: tuple[int, int], start: int, end: int, fold: bool, titled_ok: bool) -> Hedge | None:
    """The event is a claim the text checks, not a report: the item opens with a fact-check's verdict ("Hoaks:",
    "CEK FAKTA:") or a label that is not news ("Opinion:", "Correction:"), its sentence is a link to another article ("Baca juga: ..."), the event is quoted in a title ("the
    webinar \"Vietnam passes AI Law: what next\"") or in a claim the sentence then calls false or denies ("'ASEAN signs
    DEFA' claim false, ministry says"), or the clause holding it has a verdict of falsity for its predicate ("Claims that
    ASEAN signed the DEFA are false", "... là tin giả").
    With ``titled_ok`` the event is a meeting's own work (drafting, consultation): a workshop titled with it is that
    work ("tổ chức Hội thảo “Góp ý hoàn thiện dự thảo Luật Trí tuệ nhân tạo”")."""
    opening = normalise(text[:80], fold_diacritics=fold)
    verdict = _p(_FACT_CHECK, fold).match(opening) or _NOT_NEWS.match(opening)
    if verdict:
        return Hedge(verdict.group().strip(), "before", denial=True)
    link = _RELATED.match(normalise(text[sentence[0]:sentence[0] + 40], fold_diacritics=fold))
    if link:
        return Hedge(link.group().strip(), "before", denial=True)
    for quote in _QUOTATION.finditer(text, sentence[0], sentence[1]):
        if not quote.start() < start < end <= quote.end():
            continue
        title = _p(_TITLED, fold).search(normalise(text[max(sentence[0], quote.start() - 60):quote.start()],
                                                   fold_diacritics=fold))
        if title and not titled_ok:
            return Hedge(title.group().strip(), "before", denial=True)
        after = normalise(text[quote.end():sentence[1]], fold_diacritics=fold)
        clause_end = _p(_NEW_CLAUSE, fold).search(after)  # the quote's own clause: not "...," the minister said, dismissing
        after = after[:clause_end.start()] if clause_end else after
        verdict = next((m for m in (_p(p, fold).search(after) for p in (_FALSE_WORD, _DENIAL, _CHECKED)) if m), None)
        if verdict:
            return Hedge(verdict.group(), "after", denial=True)
    rest = normalise(text[end:sentence[1]], fold_diacritics=fold)
    verdict = _p(_FALSE_PREDICATE, fold).search(rest)
    if verdict and not _p(_NEW_CLAUSE, fold).search(rest, 0, verdict.start()):
        return Hedge(verdict.group(), "after", denial=True)
    spread = _p(_SPREAD, fold).search(rest)
    if spread and not _p(_NEW_CLAUSE, fold).search(rest, 0, spread.start()):
        lead = normalise(text[sentence[0]:start], fold_diacritics=fold)
        if _p(_CLAIM_NOUN, fold).search(lead, max((m.end() for m in _p(_NEW_CLAUSE, fold).finditer(lead)), default=0)):
            return Hedge(spread.group(), "after", denial=True)
    verdict = _p(_FALSE_WORD, fold).match(rest)  # the event word is the verdict's verb: "MCMC sahkan palsu"
    if verdict and re.match(r"\s*(?:[^\w\s]|$)", rest[verdict.end():]):
        return Hedge(verdict.group(), "after", denial=True)
    return None


def second_hand(text: str, sentence: tuple[int, int], start: int, end: int, fold: bool = False) -> Hedge | None:
    """The sentence reports the event at second hand (see ``_HEARSAY``): before the event, or after it in its part of the
    sentence ("ASEAN leaders have signed the DEFA, sources familiar with the matter said")."""
    rest = normalise(text[end:sentence[1]], fold_diacritics=fold)
    contrast = _p(_CONTRAST_AFTER, fold).search(rest)
    rest = rest[:contrast.start()] if contrast else rest
    found = (_p(_HEARSAY, fold).search(normalise(text[sentence[0]:start], fold_diacritics=fold))
             or _p(_HEARSAY, fold).search(rest))
    return Hedge(found.group(), "before", hearsay=True) if found else None


_PERFECT_START = re.compile(r"(?:has|have|had|was|were|đã|vừa|telah|sudah)\b")
_PERFECT_BEFORE = re.compile(r"\b(?:was|were|has|have|had|đã|vừa|telah|sudah)(?:\s+(?:been|now|already|officially|formally"
                             r"|fully|chính thức|được|bắt đầu|resmi|secara resmi|mulai|kini))*\s*$")  # (the lead is normalised)


def past_form(text: str, sentence: tuple[int, int], start: int, end: int, fold: bool = False) -> bool:
    """The event word is in a past or perfect form ("took effect", "has been in force", "đã có hiệu lực", "telah
    berlaku"): a date without its year after it is then a past day, not the next one."""
    verb = normalise(text[start:end], fold_diacritics=fold)
    lead = normalise(text[max(sentence[0], start - 30):start], fold_diacritics=fold)
    return bool(_PAST_VERB.match(verb) or _p(_PERFECT_START, fold).match(verb) or _p(_PERFECT_BEFORE, fold).search(lead))


# A question word ("what", "gì", "apa", "อะไร"; not Vietnamese "ai", who, which is also "AI")
_WH = re.compile(r"\b(?:what|how|why|who|which|where|gì|nào|sao|bao giờ|apa|bagaimana|mengapa|kenapa|siapa|kapan"
                 r"|macam mana)\b|อะไร|อย่างไร|ทำไม|เมื่อไร|ไหน", re.IGNORECASE)


# A sentence that opens as a question: "Has ASEAN signed the DEFA, and what does it mean?"
_ASKING = re.compile(r"^\W*(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|should|apakah|adakah"
                     r"|sudahkah|benarkah|liệu|phải chăng)\b", re.IGNORECASE)


def _asked(lead: str, rest: str) -> bool:
    """The event's part of its sentence is a question: it ends in "?", quoted or not ("'DEFA signed?'"), and no colon
    or dash splits off a question of its own after the event ("Luật AI có hiệu lực: Doanh nghiệp cần làm gì?"), nor a
    comma before a clause asked by its own question word ("Luật AI đã có hiệu lực, doanh nghiệp cần làm gì?") in a
    sentence that does not open as a question (``lead``: the sentence up to the event)."""
    if not rest.rstrip().rstrip("\"'”’»)]").endswith("?") or _KICKER.search(rest):
        return False
    comma = rest.rfind(",")
    return (comma < 0 or not _WH.search(rest, comma) or bool(_WH.search(rest, 0, comma))
            or bool(_ASKING.search(lead) or _WH.search(lead)))


def nominal(text: str, sentence: tuple[int, int], start: int, end: int, fold: bool = False) -> bool:
    """The event word is a noun ("the signing of", "penandatanganan", "การลงนาม", "việc ký", "lễ ký")."""
    verb = normalise(text[start:end], fold_diacritics=fold)
    if _CLAUSE.search(verb):
        return False
    lead = normalise(text[max(sentence[0], start - 12):start], fold_diacritics=fold)
    return bool(_p(_NOMINAL, fold).match(verb) or _NOMINAL_END.search(verb) or _p(_NOMINAL_BEFORE, fold).search(lead))



def reported(text: str, sentence: tuple[int, int], start: int, end: int, fold: bool = False,
             ongoing: bool = False) -> bool:
    """False when an unhedged event is only named, as a noun ("working towards the signing of the DEFA"),
    with no realis word (past marker, "today", "officially", a weekday, a decree number) or date in its sentence.
    A verb ("ASEAN signs", "ครม.เห็นชอบ", "Thủ tướng ban hành") asserts the event by itself, and so do a verb of putting
    it out right before the noun ("issued a consultation paper") and work in progress before the noun of a status that
    lasts (``ongoing``: "อยู่ระหว่างการยกร่าง", "dalam proses penyusunan")."""
    if not nominal(text, sentence, start, end, fold):
        return True
    lead = normalise(text[max(sentence[0], start - BEFORE_WINDOW):start], fold_diacritics=fold)
    if _PUT_OUT.search(lead) or _RECEIVED.search(lead) or (ongoing and _p(_ONGOING, fold).search(lead)):
        return True
    if sentence[0] == 0 and _GRANT.search(normalise(text[start:end])) and _GRANTED_TO.match(text, end) \
            and _GRANTED.fullmatch(text[:start]):
        return True  # the headline "Cabinet nod for ..."
    body = text[sentence[0]:sentence[1]]
    return bool(_p(_REALIS, fold).search(normalise(body, fold_diacritics=fold))
                or find_dates(body, reference=_ANY_DATE_REFERENCE))


def discussed(text: str, sentence: tuple[int, int], end: int, fold: bool = False) -> bool:
    """An event only named (a noun, no realis word) whose sentence goes on with a hedge is discussed, not reported:
    "Pasca-penandatanganan DEFA, negara anggota perlu meratifikasi", "Việc ban hành Luật AI là yêu cầu tất yếu",
    "หลังการลงนาม DEFA ประเทศสมาชิกต้องให้สัตยาบัน". (A noun's predicate comes after it.)"""
    rest = normalise(text[end:sentence[1]], fold_diacritics=fold)
    return any(_p(pattern, fold).search(rest) for pattern in (_STRONG, _MODAL))
