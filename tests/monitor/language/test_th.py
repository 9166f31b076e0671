"""Thai: each failure kind of issue 11 that Thai text shows, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, P, event_date, outcome, user_milestone

CASES = [
    # an invitation to comment is the consultation, not a request for a future one (own sentences, 2026-12-02)
    ("th-ai-law", "drafting", ("consultation", C), "ขอเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ "
                                                   "ผ่านระบบกลางทางกฎหมาย"),
    ("th-ai-law", "drafting", None, "ดีอีจะเชิญประชาชนร่วมแสดงความคิดเห็นต่อร่างกฎหมาย AI ในเดือนหน้า"),
    ("th-ai-law", "drafting", ("approval", C), "คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์"),
    # paraphrase and words between actor and verb
    ("th-ai-law", "drafting", ("approval", C), "ที่ประชุม ครม. วันนี้ (1 ธ.ค.) มีมติอนุมัติหลักการร่างกฎหมายปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", ("approval", C), "สำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์เสร็จแล้ว"),
    # future framing and postponement
    ("th-ai-law", "drafting", None, "ครม. เตรียมพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์ในสัปดาห์หน้า"),
    ("th-ai-law", "drafting", None, "รัฐบาลคาดว่าร่างกฎหมายปัญญาประดิษฐ์จะเข้า ครม. ภายในปีนี้"),
    ("th-ai-law", "drafting", None, "การเสนอร่าง พ.ร.บ. ปัญญาประดิษฐ์ต่อ ครม. ถูกเลื่อนออกไป"),
    ("th-ai-law", "drafting", None, "ร่างกฎหมายปัญญาประดิษฐ์ยังไม่ได้รับความเห็นชอบจาก ครม."),
    # another instrument with the same verbs: a Cabinet approval of an ASEAN statement on AI
    ("th-ai-law", "drafting", None, "ครม. เห็นชอบร่างแถลงการณ์รัฐมนตรีดิจิทัลอาเซียนว่าด้วยปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", None, "ครม. อนุมัติแผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติ ระยะที่ 2"),
    # the Cabinet in press words: "ไฟเขียว" (green light), "เคาะ", "ผ่าน ครม." (thaipublica.org/2025/03/
    # paetongtarn-cabinet-27-03-2568 for "ที่ประชุม ครม. มีมติเห็นชอบ")
    ("th-ai-law", "consultation", ("approval", C), "ครม.ไฟเขียวร่าง พ.ร.บ.ปัญญาประดิษฐ์ ตามที่กระทรวงดีอีเสนอ"),
    ("th-ai-law", "consultation", ("approval", C), "ร่างกฎหมาย AI ผ่าน ครม. แล้ว เตรียมส่งให้กฤษฎีกาตรวจ"),
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านความเห็นชอบจาก ครม. เมื่อวันอังคาร"),
    ("th-ai-law", "consultation", None, "ดีอีจ่อเคาะร่าง พ.ร.บ. ปัญญาประดิษฐ์ สัปดาห์หน้า"),
    ("th-ai-law", "consultation", None, "ดีอีชงร่าง พ.ร.บ. ปัญญาประดิษฐ์ ให้ ครม. เห็นชอบ"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ รอ ครม. เห็นชอบ"),
    ("th-ai-law", "consultation", None, "ลุ้นกฎหมาย AI ไทย ผ่าน ครม. ปลายปี"),
    ("th-ai-law", "consultation", None, "หลัง ครม. รับทราบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ประชาชนแสดงความเห็นผ่านเว็บไซต์ได้"),
    # the House: a vote without its third reading is the parliament's stage ("สภาเห็นชอบ ร่าง พ.ร.บ. ... พร้อมส่ง
    # วุฒิสภาพิจารณาต่อ", matichon.co.th/politics/news_5341430; "รับหลักการ ร่างกม.", bangkokbiznews.com/news/973668),
    # the third reading either way round is its passage (mgronline.com/uptodate/detail/9680000100984,
    # brighttv.co.th/news/400782)
    ("th-ai-law", "consultation", ("approval", C), "สภาฯ ลงมติรับหลักการ ร่างกม.ปัญญาประดิษฐ์ ด้วยเสียงเอกฉันท์"),
    ("th-ai-law", "consultation", ("approval", C), "สภาเห็นชอบ ร่าง พ.ร.บ.ปัญญาประดิษฐ์ ส่งวุฒิสภาพิจารณาต่อ"),
    ("th-ai-law", "approval", ("adopted", C), "สภาฯ ผ่านร่าง พ.ร.บ. ปัญญาประดิษฐ์ วาระ 3 ด้วยคะแนน 400 เสียง"),
    ("th-ai-law", "approval", ("adopted", C), "วุฒิสภาลงมติในวาระ 3 เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ด้วยคะแนน 200 เสียง"),
    ("th-ai-law", "approval", None, "สภาฯ ถ่ายทอดสดการอภิปรายร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านช่องทางออนไลน์"),
    # the Royal Gazette; in force the day after publication, or once a period has passed, is not yet in force
    ("th-ai-law", "approval", ("adopted", C), "ราชกิจจาฯ เผยแพร่ พ.ร.บ. ปัญญาประดิษฐ์ พ.ศ. 2569 แล้ว"),
    ("th-ai-law", "approval", ("adopted", C), "ราชกิจจาฯ ประกาศ พ.ร.บ.ปัญญาประดิษฐ์ มีผลบังคับใช้วันถัดไป"),
    ("th-ai-law", "approval", ("adopted", C), "ราชกิจจานุเบกษาเผยแพร่พระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ โดยให้ใช้บังคับเมื่อพ้นกำหนด "
                                             "180 วันนับแต่วันประกาศ"),
    ("th-ai-law", "approval", None, "ราชกิจจาฯ เผยแพร่ พ.ร.ฎ. กำหนดหลักเกณฑ์ตาม พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ เริ่มบังคับใช้วันนี้"),
    # other countries in Thai
    ("th-ai-law", "consultation", None, "สภายุโรปลงมติผ่านกฎหมาย AI"),
    ("th-ai-law", "consultation", None, "อียูประกาศใช้กฎหมาย AI อย่างเป็นทางการ"),
    # an act that only touches AI, after a space and "ที่" (that)
    ("th-ai-law", "consultation", None, "ครม. อนุมัติหลักการร่าง พ.ร.บ. การรักษาความมั่นคงปลอดภัยไซเบอร์ ที่นำ AI มาใช้"),
    # the ETDA hearing: an effort verb in another phrase, "พร้อม" joining a second act after a completed one
    # (bizuget.com and ceei.co on the 2025 hearing on the AI law's draft principles)
    ("th-ai-law", "drafting", ("consultation", C), "ดีอีโดย ETDA เดินหน้าผลักดันไทยสู่การเป็นผู้นำด้านธรรมาภิบาล AI "
                                                   "เปิดเวทีรับฟังความเห็นต่อ (ร่าง) หลักการของกฎหมายว่าด้วยปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", ("consultation", C), "ดีอีเผยแพร่ (ร่าง) หลักการของกฎหมายว่าด้วยปัญญาประดิษฐ์ อย่างเป็นทางการแล้ว "
                                                   "พร้อมเปิดรับฟังความคิดเห็นจากทุกภาคส่วน"),
    ("th-ai-law", "consultation", None, "ดีอีเร่งผลักดันร่าง พ.ร.บ.ปัญญาประดิษฐ์ให้ ครม. เห็นชอบ"),
    # the Bank of Thailand's guidelines, named by kind and topic ("ความเสี่ยงของการใช้งานระบบปัญญาประดิษฐ์",
    # org-today.line-apps.com/th/v3/article/rmwpPOw); "จ่อคลอด" is about to issue
    ("th-bot-ai-risk", "announced", ("consultation", C), "ธปท. เปิดรับฟังความคิดเห็น (ร่าง) แนวปฏิบัติการบริหารจัดการความเสี่ยง"
                                                         "ของการใช้งานระบบปัญญาประดิษฐ์"),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "ธปท. ออกแนวนโยบายการบริหารความเสี่ยง AI สำหรับสถาบันการเงิน"),
    # its own title without a kind word (the catalog's Thai alias), a headline "about to issue" above the lead
    ("th-bot-ai-risk", "announced", ("consultation", C), "แบงก์ชาติจ่อคลอดแนวทางคุมความเสี่ยง AI\u2029ธปท. เปิดรับฟังความเห็น "
                                                         "(ร่าง) การบริหารจัดการความเสี่ยงของการใช้งานระบบปัญญาประดิษฐ์ "
                                                         "สำหรับผู้ให้บริการทางการเงิน"),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "ธปท. ประกาศแนวนโยบายการบริหารจัดการความเสี่ยงของการใช้งานระบบ"
                                                       "ปัญญาประดิษฐ์อย่างเป็นทางการ"),
    # publishing the draft is the hearing, never the guidelines' issue
    ("th-bot-ai-risk", "announced", ("consultation", C), "ธปท. เผยแพร่ (ร่าง) แนวปฏิบัติการบริหารจัดการความเสี่ยงของการใช้งาน"
                                                         "ระบบปัญญาประดิษฐ์ เพื่อรับฟังความคิดเห็น"),
    ("th-ai-law", "drafting", ("consultation", C), "ดีอีและ ETDA ได้เปิดเผย “(ร่าง) หลักการของกฎหมายว่าด้วยปัญญาประดิษฐ์” "
                                                   "ฉบับแรกของประเทศ"),
    ("th-ai-law", "drafting", None, "ETDA เตรียมเผยแพร่ (ร่าง) หลักการของกฎหมายว่าด้วยปัญญาประดิษฐ์ เดือนหน้า"),
    ("th-bot-ai-risk", "consultation", None, "ธปท. จ่อคลอดแนวปฏิบัติบริหารความเสี่ยงจากการใช้ AI"),
    ("asean-defa", "approval", ("adopted", C), "ผู้นำอาเซียนร่วมลงนามความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียน (DEFA) แล้ว"),
    ("asean-defa", "approval", None, "พิธีลงนามความตกลง DEFA ถูกยกเลิก"),
    # drafting in progress before its noun ("อยู่ระหว่างการยกร่าง") reports it; a dated round of talks is the agreement's drafting
    ("th-ai-law", "announced", ("drafting", C), "ETDA อยู่ระหว่างการยกร่างกฎหมายปัญญาประดิษฐ์"),
    ("th-ai-law", "announced", None, "ETDA จะยกร่างกฎหมายปัญญาประดิษฐ์ฉบับใหม่"),
    ("asean-defa", "announced", ("drafting", C), "การเจรจาความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียนรอบที่ 10 จัดขึ้นที่กรุงเทพฯ "
                                                 "เมื่อวันที่ 5 กันยายน 2568"),
    # revising the draft is drafting; opening for comments, or comments sent on the draft, is the hearing ("ผู้สนใจร่วมส่งความเห็น
    # ต่อร่างดังกล่าวได้ผ่านระบบกลางทางกฎหมาย", bizuget.com, the ETDA hearing of 2025); approval received is not a comment
    ("th-ai-law", "announced", ("drafting", C), "ETDA ปรับปรุงร่างกฎหมายปัญญาประดิษฐ์ตามข้อเสนอแนะ"),
    ("th-ai-law", "drafting", ("consultation", C), "ETDA เปิดรับความคิดเห็นต่อร่างกฎหมายปัญญาประดิษฐ์"),
    ("th-ai-law", "drafting", ("consultation", C), "ผู้สนใจร่วมส่งความเห็นต่อร่างกฎหมายปัญญาประดิษฐ์ได้ถึงวันที่ 9 มิถุนายน"),
    ("th-ai-law", "drafting", None, "ร่างกฎหมายปัญญาประดิษฐ์ได้รับความเห็นชอบจากคณะกรรมการ"),
    ("th-ai-law", "announced", ("drafting", C), "ร่างกฎหมายปัญญาประดิษฐ์อยู่ระหว่างการจัดทำ"),
    # passed and waiting for the Gazette or the signature: the stage before adoption, never the adoption
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านสภาแล้ว อยู่ระหว่างรอการประกาศใน"
                                                   "ราชกิจจานุเบกษา"),
    ("th-ai-law", "approval", None, "พ.ร.บ. ปัญญาประดิษฐ์ รอการลงนาม"),
    # the Cabinet's approval in principle, as its own summaries write it ("คณะรัฐมนตรีมีมติอนุมัติหลักการร่าง
    # พระราชกฤษฎีกา ... ตามที่กระทรวงการคลัง (กค.) เสนอ", naewna.com/politic/872968); plans and conditions are not it
    ("th-ai-law", "consultation", ("approval", C), "คณะรัฐมนตรีมีมติอนุมัติหลักการร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ "
                                                   "พ.ศ. .... ตามที่กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเสนอ"),
    ("th-ai-law", "consultation", None, "ครม. มีแผนจะอนุมัติร่าง พ.ร.บ. ปัญญาประดิษฐ์ ในเดือนหน้า"),
    ("th-ai-law", "consultation", None, "ถ้า ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ จะส่งต่อให้กฤษฎีกา"),
    ("th-ai-law", "consultation", None, "กระทรวงดีอีขอให้ ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", None, "ครม. ควรเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์โดยเร็ว"),
    ("th-ai-law", "consultation", None, "ครม. อนุมัติหลักการร่าง พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ฉบับแก้ไข"),
    # Thai has no spaces: a hedge word must not be read inside another word. "ของ" (of) is not "ขอ" (to ask),
    # "สมควร" (fitting, in every act's preamble) not "ควร" (should), "พร้อมทั้ง" (and also) not "พร้อม" (ready to)
    ("th-ai-law", "consultation", ("approval", C), "ร่างกฎหมาย AI ของไทย ผ่าน ครม. แล้ว"),
    ("vn-ai-law", "adopted", ("in_force", C), "กฎหมายปัญญาประดิษฐ์ของเวียดนามมีผลบังคับใช้แล้ว"),
    ("th-ai-law", "approval", ("adopted", C), "โดยที่เป็นการสมควรมีกฎหมายว่าด้วยปัญญาประดิษฐ์ จึงทรงพระกรุณาโปรดเกล้าฯ "
                                             "ให้ตราพระราชบัญญัติขึ้นไว้"),
    ("th-ai-law", "consultation", ("approval", C), "ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ พร้อมทั้งมอบหมายให้กระทรวงดีอี"
                                                   "รับไปดำเนินการ"),
    ("th-ai-law", "consultation", None, "ครม. พร้อมเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    # the Senate's vote is the last one ("ที่ประชุมวุฒิสภา ... ได้มีมติเห็นชอบร่างพ.ร.บ. ... เพื่อประกาศใช้เป็นกฎหมายต่อไป",
    # headline "วุฒิฯ มีมติเอกฉันท์ผ่าน ร่างพ.ร.บ.", matichonweekly.com/hot-news/article_221303), not its first reading,
    # a refusal, a plan or another act; the House's own vote stays its stage
    ("th-ai-law", "approval", ("adopted", C), "ที่ประชุมวุฒิสภามีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ด้วยเสียงเอกฉันท์ 231 "
                                             "เสียง เพื่อประกาศใช้เป็นกฎหมายต่อไป"),
    ("th-ai-law", "approval", ("adopted", C), "วุฒิฯ มติเอกฉันท์ผ่าน ร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "approval", ("adopted", C), "ส.ว. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ สามวาระรวด"),
    ("th-ai-law", "approval", None, "วุฒิสภามีมติรับหลักการร่าง พ.ร.บ. ปัญญาประดิษฐ์ ในวาระแรก"),
    ("th-ai-law", "approval", None, "วุฒิสภาไม่เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ และส่งคืนสภาผู้แทนราษฎร"),
    ("th-ai-law", "approval", None, "คาดว่าวุฒิสภาจะเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ภายในเดือนหน้า"),
    ("th-ai-law", "approval", None, "หากวุฒิสภาเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ก็จะนำขึ้นทูลเกล้าฯ"),
    ("th-ai-law", "approval", None, "วุฒิสภาเห็นชอบร่าง พ.ร.บ. การรักษาความมั่นคงปลอดภัยไซเบอร์"),
    ("th-ai-law", "consultation", ("approval", C), "สภาผู้แทนราษฎรมีมติรับหลักการร่าง พ.ร.บ. ปัญญาประดิษฐ์ วาระแรก"),
    ("vn-ai-law", "approval", ("adopted", C), "สมัชชาแห่งชาติเวียดนามลงมติผ่านกฎหมายปัญญาประดิษฐ์ เมื่อวันที่ 10 ธันวาคม"),
    # royal assent and the Gazette, in force at once ("โปรดเกล้าฯ พ.ร.ฎ. ... มีผลบังคับใช้ทันที", "เว็บไซต์ราชกิจจานุเบกษา
    # เผยแพร่ ...", tnnthailand.com/content/9719)
    ("th-ai-law", "adopted", ("in_force", C), "โปรดเกล้าฯ พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้ทันที"),
    ("th-ai-law", "approval", ("adopted", C), "เว็บไซต์ราชกิจจานุเบกษา เผยแพร่พระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. 2569"),
    ("th-ai-law", "adopted", None, "พ.ร.บ. ปัญญาประดิษฐ์ จะมีผลบังคับใช้ในปีหน้า"),
    ("th-ai-law", "approval", None, "รัฐบาลมีแผนจะประกาศใช้กฎหมาย AI ภายในปี 2570"),
    # the hearing and the drafting, announced or under way
    ("th-ai-law", "drafting", ("consultation", C), "เปิดรับฟังความคิดเห็นต่อร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ ผ่านระบบกลาง"
                                                   "ทางกฎหมาย ตั้งแต่วันนี้"),
    ("th-ai-law", "drafting", None, "ETDA เตรียมเปิดรับฟังความคิดเห็นต่อร่างกฎหมาย AI ในเดือนหน้า"),
    ("th-ai-law", "announced", ("drafting", C), "สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์อยู่ระหว่างยกร่างกฎหมาย AI"),
    ("th-ai-law", "announced", None, "รัฐบาลคาดว่าจะเริ่มยกร่างกฎหมาย AI ในปีหน้า"),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "ธปท. ได้ออกแนวนโยบาย เรื่อง การบริหารจัดการความเสี่ยงของการใช้งานระบบ"
                                                       "ปัญญาประดิษฐ์ เพื่อให้สถาบันการเงินถือปฏิบัติ"),
    ("th-bot-ai-risk", "consultation", None, "ธปท. จะออกแนวนโยบายการบริหารจัดการความเสี่ยงของการใช้งานระบบปัญญาประดิษฐ์ "
                                             "ภายในไตรมาสแรก"),
    ("th-bot-ai-risk", "consultation", None, "ธปท. ออกแนวปฏิบัติด้านการรักษาความมั่นคงปลอดภัยไซเบอร์"),
    # the agreement's kind word before its short name is one name ("ความตกลง DEFA"); talks concluded, however long the
    # title between; signing planned or expected is not the signature
    ("asean-defa", "drafting", ("approval", C), "ผู้นำอาเซียนประกาศสรุปผลการเจรจาความตกลง DEFA"),
    ("asean-defa", "drafting", ("approval", C), "การเจรจาความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียน (DEFA) เสร็จสิ้นแล้ว"),
    ("asean-defa", "drafting", None, "การเจรจาความตกลงการค้าเสรีอาเซียน-จีนเสร็จสิ้นแล้ว ขณะที่ความตกลง DEFA ยังอยู่ระหว่าง"
                                     "การเจรจา"),
    ("asean-defa", "approval", ("adopted", C), "ไทยร่วมลงนามความตกลงกรอบเศรษฐกิจดิจิทัลอาเซียน ณ กรุงกัวลาลัมเปอร์"),
    ("asean-defa", "approval", None, "ไทยพร้อมลงนามความตกลง DEFA"),
    ("asean-defa", "approval", None, "อาเซียนเตรียมลงนามความตกลงกรอบเศรษฐกิจดิจิทัล ในการประชุมสุดยอดครั้งหน้า"),
    ("asean-defa", "approval", None, "คาดว่าจะลงนามความตกลง DEFA ภายในปี 2569"),
    # talks opened on the agreement named after its kind word; a hearing stage ("เป็นประธานในเวที Hearing (ร่าง) หลักการ
    # กฎหมาย", bizuget.com, the ETDA hearing of 2025)
    ("asean-defa", "announced", ("drafting", C), "อาเซียนเปิดการเจรจาความตกลง DEFA"),
    ("th-ai-law", "drafting", ("consultation", C), "ETDA เปิดเวที Hearing ร่างกฎหมาย AI"),
    ("asean-defa", "approval", ("adopted", C), "รัฐมนตรีเศรษฐกิจอาเซียนลงนามความตกลง DEFA ในการประชุมสุดยอดอาเซียน"),
    ("asean-defa", "approval", None, "อาเซียนคาดลงนามความตกลง DEFA ปลายปีนี้"),
    ("asean-defa", "adopted", ("in_force", C), "ความตกลง DEFA มีผลบังคับใช้แล้ว"),
    # before the House: "เข้าสู่การพิจารณาของสภา" (the consideration, a noun, is no plan to consider), unless planned
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ เข้าสู่การพิจารณาของสภาผู้แทนราษฎรแล้ว"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ จะเข้าสู่การพิจารณาของสภาผู้แทนราษฎรในสมัยประชุมหน้า"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ยังไม่เข้าสู่การพิจารณาของสภาผู้แทนราษฎร"),
    ("th-ai-law", "consultation", ("approval", C), "ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ที่สำนักงานคณะกรรมการกฤษฎีกา"
                                                   "ตรวจพิจารณาแล้ว และให้เสนอสภาผู้แทนราษฎรพิจารณาต่อไป"),
    ("th-ai-law", "approval", ("adopted", C), "พ.ร.บ. ปัญญาประดิษฐ์ พ.ศ. 2569 ได้ประกาศในราชกิจจานุเบกษาเมื่อวันที่ 1 ธันวาคม "
                                             "2569"),
    ("th-ai-law", "adopted", ("in_force", C), "วันนี้ (1 ธ.ค.) เป็นวันแรกที่ พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้"),
    ("th-ai-law", "adopted", None, "พ.ร.บ. ปัญญาประดิษฐ์ ยังไม่มีผลบังคับใช้"),
    ("th-ai-law", "drafting", ("consultation", C), "ETDA จัดประชุมรับฟังความคิดเห็นต่อร่างกฎหมาย AI ที่กรุงเทพฯ"),
    ("th-ai-law", "drafting", None, "ETDA สรุปผลการรับฟังความคิดเห็นต่อร่างกฎหมาย AI"),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "ธปท. ประกาศใช้แนวนโยบายการบริหารจัดการความเสี่ยงของการใช้งานระบบ"
                                                       "ปัญญาประดิษฐ์ ตั้งแต่วันนี้"),
    # likelihoods, targets and orders are no act; an order given after the act is
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ มีแนวโน้มผ่าน ครม. ภายในปีนี้"),
    ("th-ai-law", "consultation", None, "รัฐบาลตั้งเป้าให้ ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ ภายในปีนี้"),
    ("th-ai-law", "consultation", None, "นายกฯ สั่งการให้ ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ โดยเร็ว"),
    ("th-ai-law", "consultation", ("approval", C), "ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ และสั่งการให้กระทรวงดีอีรับ"
                                                   "ข้อสังเกตไปพิจารณา"),
    ("th-ai-law", "approval", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ อาจประกาศในราชกิจจานุเบกษาภายในเดือนนี้"),
    ("th-ai-law", "consultation", ("approval", C), "เมื่อวันที่ 25 พ.ย. ที่ผ่านมา ครม. มีมติอนุมัติหลักการร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    # a headline is read as its lead reads the same word
    ("asean-defa", "approval", None, "ไทยลงนามความตกลง DEFA\nรัฐบาลไทยพร้อมลงนามความตกลง DEFA ในการประชุมสุดยอดอาเซียน"),
    ("asean-defa", "approval", ("adopted", C), "ไทยลงนามความตกลง DEFA\nรัฐบาลไทยลงนามความตกลง DEFA ในการประชุมสุดยอดอาเซียน"
                                               "เมื่อวานนี้"),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_thai(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


# A milestone a user adds with only its Thai names: the moves of other Thai instruments, as the press wrote them, show how
# any tracked one's will read.
PDPA = user_milestone("TH", th=("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล", "ร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล",
                                "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล"))
REFERENDUM = user_milestone("TH", th=("ร่าง พ.ร.บ.ว่าด้วยการออกเสียงประชามติ", "ร่าง พ.ร.บ.จัดทำประชามติ"))
CYBER = user_milestone("TH", th=("ร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์", "กม.ไซเบอร์"))
USER_CASES = [
    # Thai runs its words together: a name glued to the verb before it is still named ("ซึ่งคณะรัฐมนตรีอนุมัติหลักการ...",
    # prachachat.net/politics/news-165036; headline "ครม.ผ่านหลักการร่าง พ.ร.บ.จัดทำประชามติ", infoquest.co.th/2024/401967)
    (PDPA, "drafting", ("approval", C), "มีการพิจารณาร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ.. ซึ่งคณะรัฐมนตรีอนุมัติหลักการ"
                                        "เมื่อวันอังคารที่ 22 พ.ค.ที่ผ่านมา ตามที่ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม(ดีอี) เสนอ"),
    (REFERENDUM, "drafting", ("approval", C), "ครม.ผ่านหลักการร่าง พ.ร.บ.จัดทำประชามติ-ร่าง พ.ร.บ.งบประมาณปี 68 กรอบ 3.75 ล้านลบ."),
    (PDPA, "drafting", ("approval", C), "ครม. เห็นชอบหลักการร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล ตามที่กระทรวงดีอีเสนอ"),
    (PDPA, "approval", ("adopted", C), "ที่ประชุมวุฒิสภามีมติเห็นชอบร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล ด้วยคะแนนเอกฉันท์"),
    (PDPA, "approval", ("adopted", C), "ราชกิจจานุเบกษาเผยแพร่พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 แล้ว"),
    (PDPA, "adopted", ("in_force", C), "วันนี้เป็นวันแรกที่ใช้บังคับพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคลเต็มรูปแบบ"),
    (PDPA, "drafting", ("consultation", C), "สคส. เปิดรับฟังความคิดเห็นต่อร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล ฉบับแก้ไข"),
    (PDPA, "drafting", None, "ครม. เตรียมเห็นชอบร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล ในสัปดาห์หน้า"),
    (PDPA, "approval", None, "สภาผู้แทนราษฎรมีมติรับหลักการร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล วาระแรก"),
    # a unicameral legislature's vote adopts: the National Legislative Assembly's (headline "สนช.ผ่านกม.ไซเบอร์" and "ที่ประชุม
    # สนช.จึงลงมติให้ความเห็นชอบให้ร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ พ.ศ. .... ประกาศใช้เป็นกฎหมาย",
    # konkao.net/read.php?id=33012), not its first reading nor a plan
    (CYBER, "approval", ("adopted", C), "สนช.ผ่านกม.ไซเบอร์"),
    (CYBER, "approval", ("adopted", C), "ที่ประชุมสนช.จึงลงมติให้ความเห็นชอบให้ร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ "
                                        "พ.ศ. .... ประกาศใช้เป็นกฎหมาย ด้วยคะแนนเสียงเห็นชอบ 133 เสียง ไม่เห็นชอบไม่มี"),
    (CYBER, "approval", ("adopted", C), "ที่ประชุมสภานิติบัญญัติแห่งชาติมีมติเห็นชอบร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัย"
                                        "ไซเบอร์ ด้วยคะแนน 133 เสียง"),
    (CYBER, "approval", None, "สนช. มีมติรับหลักการร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ วาระแรก"),
    (CYBER, "approval", None, "สนช. เตรียมพิจารณาร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ สัปดาห์หน้า"),
    # "today" after the verb is the publication day, whatever the tense; not after a negation, nor before the verb
    (PDPA, "adopted", ("in_force", C), "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล จะมีผลบังคับใช้ตั้งแต่วันนี้เป็นต้นไป"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ จะมีผลบังคับใช้วันนี้"),
    (PDPA, "adopted", None, "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล จะไม่มีผลบังคับใช้วันนี้"),
    (PDPA, "adopted", None, "วันนี้ รัฐมนตรีกล่าวว่า พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล จะมีผลบังคับใช้"),
    # an abbreviation with its dots or without ("ไฟเขียว! ครม.เห็นชอบ ร่าง พรบ. เอ็นเตอร์เทนเมนต์คอมเพล็กซ์", 2025-03-27);
    # "รอมีผลบังคับใช้" (awaits its force) is no force: the Senate's vote is the adoption (2024-06-18); the act's other
    # name after "หรือ" (or) is the act itself
    (PDPA, "drafting", ("approval", C), "ครม.เห็นชอบ ร่าง พรบ. คุ้มครองข้อมูลส่วนบุคคล"),
    (PDPA, "approval", ("adopted", C), "วุฒิสภา มีมติเห็นชอบ พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล รอมีผลบังคับใช้หลังประกาศในราชกิจจาฯ "
                                       "120 วัน"),
    (user_milestone("TH", th=("กฎหมายสมรสเท่าเทียม",)), "approval", ("adopted", C),
     "กฎหมายสมรสเท่าเทียมหรือ พระราชบัญญัติแก้ไขเพิ่มเติม ประกาศในราชกิจจานุเบกษาแล้ว"),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), USER_CASES)
def test_thai_user_milestone(milestone, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


def test_a_coming_deadline_is_not_the_event_date() -> None:
    text = "ดีอีเปิดเผย (ร่าง) หลักการของกฎหมายว่าด้วยปัญญาประดิษฐ์ พร้อมเปิดรับฟังความคิดเห็นจนถึงวันที่ 9 มิถุนายนนี้"
    assert event_date("th-ai-law", text, "drafting", published=date(2026, 5, 2)) == date(2026, 5, 2)
    # bare "ถึง" (until) closes the window too: the hearing is open now (own sentence, held-out v6)
    text = "สพธอ. หรือ ETDA เปิดรับฟังความคิดเห็นร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านระบบกลางทางกฎหมาย ถึงวันที่ 15 ธันวาคม 2569"
    assert outcome("th-ai-law", text, "drafting") == ("consultation", "certain")


def test_tomorrow_is_an_expectation() -> None:
    assert outcome("th-ai-law", "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้พรุ่งนี้", "adopted") == ("expected", "in_force",
                                                                                        "2026-12-04")


def test_thai_digits_and_abbreviated_months() -> None:
    text = "เมื่อวันที่ ๒ ธ.ค. ๖๙ ครม. มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"
    assert event_date("th-ai-law", text, "consultation") == date(2026, 12, 2)


def test_buddhist_era_dates() -> None:
    text = "เมื่อวันที่ 1 ธันวาคม 2569 คณะรัฐมนตรีมีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์"
    assert event_date("th-ai-law", text, "drafting") == date(2026, 12, 1)


# Press-style sentences written for the Thai and Malay lane before any fix (Thairath, Prachachat, Bangkok Biz News and ETDA
# releases as they phrase other acts: the Cabinet's summaries "คณะรัฐมนตรีมีมติเห็นชอบดังนี้" (newsdataonline.com, 2024),
# "เว็บไซต์ราชกิจจานุเบกษา เผยแพร่ พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562" (matichon.co.th/bullet-news-today/
# news_1512987), "จะมีผลบังคับใช้เต็มรูปแบบในวันที่ 1 มิถุนายน 2565 นี้" (prachachat.net/breaking-news/news-941356), "สภาฯ มีมติ
# 369 ต่อ 10 เสียง ผ่านร่าง กม.สมรสเท่าเทียม วาระแรก" (mgronline.com), "พรฎ. Digital Platform นี้ได้มีผลบังคับใช้ตั้งแต่วันที่
# 23 ธันวาคม 2565" (medium.com/g-able)).
PLATFORM = user_milestone("TH", th=("พระราชกฤษฎีกาการประกอบธุรกิจบริการแพลตฟอร์มดิจิทัลที่ต้องแจ้งให้ทราบ", "พ.ร.ฎ. แพลตฟอร์มดิจิทัล",
                                    "พรฎ. แพลตฟอร์มดิจิทัล"))
PRESS_CASES = [
    # the Cabinet as actor, far from its verb
    ("th-ai-law", "consultation", ("approval", C), "คณะรัฐมนตรี (ครม.) ในการประชุมเมื่อวันที่ 1 ธันวาคม 2569 ณ ทำเนียบรัฐบาล "
                                                   "โดยมีนายกรัฐมนตรีเป็นประธาน มีมติเห็นชอบร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ "
                                                   "พ.ศ. .... ตามที่กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเสนอ"),
    ("th-ai-law", "consultation", None, "คณะรัฐมนตรี (ครม.) ในการประชุมวันที่ 8 ธันวาคมนี้ ณ ทำเนียบรัฐบาล คาดว่าจะมีมติเห็นชอบ"
                                        "ร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", ("approval", C), "ที่ประชุม ครม. วันนี้ (2 ธ.ค.) ไฟเขียวหลักการร่าง พ.ร.บ. ปัญญาประดิษฐ์ "
                                                   "ตามที่กระทรวงดีอีเสนอ"),
    ("th-ai-law", "consultation", ("approval", C), "ครม.เคาะร่างกฎหมาย AI\nคณะรัฐมนตรีมีมติอนุมัติหลักการร่างพระราชบัญญัติว่าด้วย"
                                                   "ปัญญาประดิษฐ์ พ.ศ. .... และให้ส่งสำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณา"),
    ("th-ai-law", "consultation", None, "ครม. มีมติเห็นชอบร่างพระราชกฤษฎีกาการประกอบธุรกิจบริการแพลตฟอร์มดิจิทัล ฉบับแก้ไข"),
    # the House: the first reading, or passage of the House, is the parliament's stage
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านวาระแรก สภาฯ มติเอกฉันท์รับหลักการ"),
    ("th-ai-law", "consultation", ("approval", C), "สภาฯ มีมติ 410 ต่อ 5 เสียง ผ่านร่าง พ.ร.บ. ปัญญาประดิษฐ์ วาระแรก"),
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านสภาผู้แทนราษฎรแล้ว ส่งต่อให้วุฒิสภาพิจารณา"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ คาดว่าจะผ่านวาระแรกในสัปดาห์หน้า"),
    ("th-ai-law", "consultation", None, "สภาฯ เตรียมพิจารณาร่าง พ.ร.บ. ปัญญาประดิษฐ์ วาระแรก ในสมัยประชุมหน้า"),
    # the Royal Gazette publishes the act: its adoption
    ("th-ai-law", "approval", ("adopted", C), "เว็บไซต์ราชกิจจานุเบกษา ได้ลงประกาศพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. 2569 แล้ว"),
    ("th-ai-law", "approval", ("adopted", C), "พระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. 2569 ได้รับการประกาศในราชกิจจานุเบกษาแล้ว "
                                             "เมื่อวันที่ 30 พฤศจิกายน 2569"),
    ("th-ai-law", "approval", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ เตรียมประกาศในราชกิจจานุเบกษา ภายในเดือนนี้"),
    ("th-ai-law", "approval", None, "ราชกิจจานุเบกษาเผยแพร่ประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง มาตรฐานการใช้ AI"),
    # in force, the copula "became law in force", and a day still ahead
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ เป็นกฎหมายที่มีผลบังคับใช้อย่างเป็นทางการแล้ว"),
    ("th-ai-law", "approval", ("in_force", C), "พระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. 2569 ประกาศในราชกิจจานุเบกษา และเป็น"
                                              "กฎหมายที่มีผลบังคับใช้ตั้งแต่วันนี้"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้เต็มรูปแบบตั้งแต่วันที่ 1 ธันวาคม 2569 เป็นต้นไป"),
    ("th-ai-law", "adopted", ("expected", "in_force", "2027-06-01"), "พ.ร.บ. ปัญญาประดิษฐ์ จะมีผลบังคับใช้เต็มรูปแบบในวันที่ "
                                                                     "1 มิถุนายน 2570"),
    ("th-ai-law", "adopted", None, "เมื่อ พ.ร.บ. ปัญญาประดิษฐ์ เป็นกฎหมายที่มีผลบังคับใช้ ผู้ประกอบการต้องประเมินความเสี่ยง"),
    # the hearing, under way or planned
    ("th-ai-law", "drafting", ("consultation", C), "สพธอ. หรือ ETDA เปิดรับฟังความคิดเห็นต่อร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านระบบกลาง"
                                                   "ทางกฎหมาย ระหว่างวันที่ 1-30 ธันวาคม 2569"),
    ("th-ai-law", "drafting", None, "ETDA มีแผนจะจัดรับฟังความคิดเห็นร่างกฎหมาย AI อีกครั้งต้นปีหน้า"),
    # withdrawn, asked for or done
    ("th-ai-law", "approval", ("withdrawn", P), "ครม. มีมติให้ถอนร่าง พ.ร.บ. ปัญญาประดิษฐ์ ออกจากการพิจารณาของสภาผู้แทนราษฎร"),
    ("th-ai-law", "approval", None, "ฝ่ายค้านเรียกร้องให้รัฐบาลถอนร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    # other countries
    ("th-ai-law", "consultation", None, "รัฐสภาเวียดนามผ่านกฎหมายปัญญาประดิษฐ์ฉบับแรกของภูมิภาค"),
    ("th-ai-law", "consultation", None, "เกาหลีใต้ประกาศใช้กฎหมาย AI พื้นฐาน มีผลบังคับใช้ 22 มกราคม 2569"),
    # a milestone added with its names only: the Royal Decree on digital platforms and the PDPA, as the press wrote them
    (PLATFORM, "approval", ("adopted", C), "พระราชกฤษฎีกาการประกอบธุรกิจบริการแพลตฟอร์มดิจิทัลที่ต้องแจ้งให้ทราบ พ.ศ. 2565 "
                                           "ได้ประกาศในราชกิจจานุเบกษาแล้ว เมื่อวันที่ 23 สิงหาคม 2565", date(2022, 8, 24)),
    (PLATFORM, "adopted", ("in_force", C), "พรฎ. แพลตฟอร์มดิจิทัล ได้มีผลบังคับใช้ตั้งแต่วันที่ 21 สิงหาคม 2566 ที่ผ่านมา",
     date(2023, 8, 30)),
    (PLATFORM, "adopted", None, "ETDA เตรียมจัดสัมมนาชี้แจง พ.ร.ฎ. แพลตฟอร์มดิจิทัล ให้ผู้ประกอบการ"),
    (PDPA, "approval", ("adopted", C), "ราชกิจจานุเบกษาได้ลงประกาศพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เมื่อวันที่ "
                                       "27 พฤษภาคม 2562", date(2019, 5, 28)),
    (PDPA, "adopted", None, "ครม. มีมติเลื่อนการบังคับใช้พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคลออกไปอีก 1 ปี", date(2020, 5, 5)),
    (PDPA, "adopted", ("in_force", C), "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มีผลบังคับใช้เต็มรูปแบบวันนี้ (1 มิ.ย.) หลังจากเลื่อนมา"
                                       "กว่า 2 ปี", date(2022, 6, 1)),
    (PDPA, "adopted", ("expected", "in_force", "2022-06-01"), "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล จะมีผลบังคับใช้เต็มรูปแบบในวันที่ "
                                                              "1 มิถุนายน 2565 นี้", date(2022, 5, 27)),
    # near-misses of the rules these needed: another body resolving inside the Cabinet's meeting, another act approved, a
    # resolution not (yet) taken, "ผ่านสภาวะ" (through a state) and another council, a law said of another act in its own clause
    ("th-ai-law", "consultation", None, "คณะรัฐมนตรี (ครม.) ในการประชุมเมื่อวันที่ 1 ธันวาคม 2569 รับทราบว่าคณะกรรมการดิจิทัลฯ "
                                        "มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", None, "คณะรัฐมนตรี (ครม.) ในการประชุมเมื่อวันที่ 1 ธันวาคม 2569 มีมติเห็นชอบร่างพระราชกฤษฎีกา"
                                        "ว่าด้วยแพลตฟอร์มดิจิทัล และรับทราบความคืบหน้าร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", None, "คณะรัฐมนตรี (ครม.) ในการประชุมวันนี้ ยังไม่มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", ("adopted", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านสภาฯ วาระ 3 ด้วยคะแนน 400 เสียง"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ยังไม่ผ่านสภา"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ช่วยให้ธุรกิจผ่านสภาวะวิกฤตได้"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านสภาอุตสาหกรรมแห่งประเทศไทยเพื่อรับฟังความเห็น"),
    ("th-ai-law", "approval", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ เป็นกฎหมายที่จะมีผลบังคับใช้ในปีหน้า"),
    ("th-ai-law", "adopted", None, "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล เป็นกฎหมายที่มีผลบังคับใช้แล้ว ส่วนร่าง พ.ร.บ. ปัญญาประดิษฐ์ "
                                   "ยังอยู่ระหว่างการยกร่าง"),
    ("vn-ai-law", "adopted", ("in_force", C), "Luật Trí tuệ nhân tạo là luật có hiệu lực từ hôm nay."),
    # a second batch, written before it ran (first run 37/37 with the Malay part)
    ("th-ai-law", "consultation", ("approval", C), "ครม.ไฟเขียว ร่าง พ.ร.บ.ปัญญาประดิษฐ์\nวันนี้ (2 ธ.ค. 69) "
                                                   "ที่ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี "
                                                   "โดยที่ประชุมมีมติอนุมัติหลักการร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ "
                                                   "พ.ศ. .... ตามที่กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเสนอ"),
    ("th-ai-law", "consultation", None, "ดีอีเตรียมเสนอร่าง พ.ร.บ. ปัญญาประดิษฐ์ ให้ ครม. พิจารณาภายในเดือนธันวาคมนี้"),
    ("th-ai-law", "consultation", None, "รมว.ดีอี คาดว่า ครม. จะเห็นชอบร่างกฎหมาย AI ก่อนสิ้นปี"),
    ("th-ai-law", "consultation", ("approval", C), "นายประเสริฐ จันทรรวงทอง รมว.ดีอี เปิดเผยว่า ที่ประชุม ครม. เมื่อวันที่ "
                                                   "1 ธ.ค. ที่ผ่านมา ได้มีมติเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ แล้ว"),
    ("th-ai-law", "approval", ("withdrawn", P), "คณะรัฐมนตรีมีมติถอนร่างพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ "
                                                "ออกจากระเบียบวาระการประชุมสภา"),
    ("th-ai-law", "approval", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ อาจถูกถอนออกจากสภา หากไม่ได้รับเสียงสนับสนุน"),
    ("th-ai-law", "approval", ("adopted", C), "ราชกิจจานุเบกษา ประกาศ พ.ร.บ.ปัญญาประดิษฐ์ พ.ศ. 2569 มีผล 180 วัน "
                                              "นับแต่วันประกาศ"),
    ("th-ai-law", "approval", ("adopted", C), "ประกาศราชกิจจาฯ พ.ร.บ. AI ฉบับแรกของไทย"),
    ("th-ai-law", "adopted", ("in_force", C), "เริ่มแล้ว! พ.ร.บ. ปัญญาประดิษฐ์ มีผลบังคับใช้วันนี้ ผู้ให้บริการ AI "
                                              "ความเสี่ยงสูงต้องรู้"),
    ("th-ai-law", "adopted", None, "ผู้ประกอบการเตรียมรับมือ พ.ร.บ. ปัญญาประดิษฐ์ ก่อนมีผลบังคับใช้"),
    ("th-ai-law", "drafting", ("consultation", C), "ETDA ชวนร่วมแสดงความคิดเห็นต่อร่าง พ.ร.บ. ปัญญาประดิษฐ์ "
                                                   "ได้ตั้งแต่วันนี้ถึง 31 ธ.ค. 69"),
    ("th-ai-law", "drafting", None, "ETDA เผยผลสรุปการรับฟังความคิดเห็นร่างหลักการกฎหมาย AI รอบที่ผ่านมา"),
    ("th-ai-law", "consultation", None, "ญี่ปุ่นประกาศใช้กฎหมายส่งเสริม AI ฉบับแรก"),
    ("th-ai-law", "consultation", None, "ครม. อนุมัติงบประมาณ 500 ล้านบาท สนับสนุนการพัฒนา AI ตามแผนปฏิบัติการด้าน AI "
                                        "แห่งชาติ"),
    (PDPA, "drafting", ("approval", C), "ครม. ในคราวประชุมเมื่อวันที่ 22 พฤษภาคม 2561 "
                                        "มีมติอนุมัติหลักการร่างพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. .... "
                                        "ตามที่กระทรวงดิจิทัลฯ เสนอ", date(2018, 5, 23)),
    (PDPA, "approval", ("adopted", C), "สนช. ผ่านร่าง พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล วาระ 3 "
                                       "ด้วยคะแนนเอกฉันท์", date(2019, 3, 1)),
    (PLATFORM, "drafting", ("consultation", C), "ETDA เปิดรับฟังความคิดเห็นต่อร่าง พ.ร.ฎ. แพลตฟอร์มดิจิทัล "
                                                "ผ่านระบบกลางทางกฎหมาย", date(2021, 6, 1)),
    # a third batch, written before it ran (first run 17/30 with the Malay part, one false certain move: 'มีผลบังคับใช้อีก
    # 180 วัน', in another 180 days, now in test_false_alarms)
    ("th-ai-law", "consultation", ("approval", C), "ครม. รับหลักการร่าง พ.ร.บ. ปัญญาประดิษฐ์ ตามที่กระทรวงดีอีเสนอ"),
    ("th-ai-law", "consultation", None, "ครม. มีมติรับทราบความคืบหน้าการจัดทำร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", None, "ครม. จะรับหลักการร่าง พ.ร.บ. ปัญญาประดิษฐ์ ในการประชุมสัปดาห์หน้า"),
    ("th-ai-law", "approval", ("adopted", C), "พ.ร.บ. ปัญญาประดิษฐ์ ลงราชกิจจาฯ แล้ว มีผลบังคับใช้อีก 180 วัน"),
    ("th-ai-law", "approval", None, "พ.ร.บ. ปัญญาประดิษฐ์ เตรียมลงราชกิจจาฯ ภายในสัปดาห์นี้"),
    ("th-ai-law", "consultation", ("approval", C), "สำนักงานคณะกรรมการกฤษฎีกาตรวจร่าง พ.ร.บ. ปัญญาประดิษฐ์ เสร็จแล้ว"),
    ("th-ai-law", "approval", ("adopted", C), "ทรงลงพระปรมาภิไธยในพระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. 2569"),
    ("th-ai-law", "consultation", ("approval", C), "นายกรัฐมนตรีนำร่าง พ.ร.บ. ปัญญาประดิษฐ์ ขึ้นทูลเกล้าฯ ถวายแล้ว"),
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ผ่านการพิจารณาของสภาผู้แทนราษฎรแล้ว"),
    ("th-ai-law", "consultation", ("approval", C), "ร่างกฎหมาย AI ผ่านสภาฉลุย"),
    ("th-ai-law", "drafting", ("consultation", C), "ETDA จัดประชาพิจารณ์ร่าง พ.ร.บ. ปัญญาประดิษฐ์ รอบสอง"),
    # a fourth batch, on hedges and other acts in one sentence, written before it ran (first run 20/26 with the Malay part;
    # three were expectations, rightly, where a bare None was written)
    # (the Cabinet's approval is the other act's; the AI bill still before the Council of State is at the approval stage
    # by its own clause, as "sent to the Council of State" is: it was None before the vith lane read the Council's work)
    ("th-ai-law", "consultation", ("approval", C), "ครม. เห็นชอบร่าง พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ฉบับแก้ไข ขณะที่"
                                                   "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ยังอยู่ระหว่างการพิจารณาของกฤษฎีกา"),
    ("th-ai-law", "consultation", ("approval", C), "ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์ และร่าง พ.ร.บ. "
                                                   "คุ้มครองข้อมูลส่วนบุคคล ฉบับแก้ไข"),
    ("th-ai-law", "consultation", ("expected", "approval", "2027-Q1"), "นายกฯ ระบุว่า ร่าง พ.ร.บ. ปัญญาประดิษฐ์ น่าจะผ่าน "
                                                                       "ครม. ภายในไตรมาสแรกของปี 2570"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ ถูกตีกลับจาก ครม. ให้กระทรวงดีอีไปปรับปรุง"),
    ("th-ai-law", "consultation", None, "ภาคเอกชนหนุน ครม. เร่งเห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "approval", ("expected", "adopted", "2027-Q1"), "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ "
                                                                  "คาดจะประกาศในราชกิจจานุเบกษาต้นปีหน้า"),
    ("th-ai-law", "adopted", None, "ร่าง พ.ร.บ. ปัญญาประดิษฐ์ จะมีผลบังคับใช้ได้เร็วที่สุดกลางปี 2570"),
    ("th-ai-law", "drafting", None, "สภาองค์กรของผู้บริโภคเรียกร้องให้เปิดรับฟังความคิดเห็นร่าง พ.ร.บ. ปัญญาประดิษฐ์ "
                                    "อย่างกว้างขวาง"),
    ("th-ai-law", "consultation", None, "สิงคโปร์ประกาศใช้แนวทางกำกับดูแล AI ฉบับใหม่ ขณะที่ไทยยังยกร่าง พ.ร.บ. "
                                        "ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", ("approval", C), "มติ ครม. 2 ธ.ค. 69 เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "approval", ("adopted", C), "วุฒิสภาผ่านร่าง พ.ร.บ. ปัญญาประดิษฐ์ 3 วาระรวด เตรียมนำขึ้นทูลเกล้าฯ"),
]


@pytest.mark.parametrize("case", PRESS_CASES)
def test_thai_press(case: tuple) -> None:
    milestone, current, expected, text, *published = case
    assert outcome(milestone, text, current, *published) == expected


# Own sentences of the vith lane (2026-12-02), written before any fix in the wording of Thai PBS, Prachachat, Thairath,
# Krungthep Turakij, ETDA and the Government PR Department ("วันนี้ (...) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ...
# ที่ประชุมมีมติ", "ครม.ไฟเขียว", "ราชกิจจานุเบกษาเผยแพร่"; "เปิดรับฟังความคิดเห็นจากทุกภาคส่วนจนถึงวันที่ 9 มิถุนายนนี้", ceei.co;
# "ก่อนเสนอเข้าสู่การพิจารณาของคณะรัฐมนตรี", mgronline.com/cyberbiz/detail/9680000055327) and of the English press on the Bank of
# Thailand ("The BOT is accepting public comments on the draft guidelines until June 30", "officially released its AI Risk
# Management Guidelines", tilleke.com 2025): the Thai AI law's hearing, Cabinet, Council of State, House, Senate, Gazette and
# entry into force, BoT's guidelines, DEFA, and neighbours (other acts and plans, other regulators, other countries, "เตรียม",
# "คาดว่า", "เลื่อน", "จ่อ", denials). First run 52/59 (97/108 with the Vietnamese ones), 0 false certain moves, one
# crash: "มีผลตั้งแต่ 12 ก.ย. 2568" (an abbreviated month after a start word) raised a KeyError.
VITH_CASES = [
    ("th-ai-law", "drafting", ("consultation", C), "ETDA เปิดรับฟังความคิดเห็นร่าง พ.ร.บ. ว่าด้วยปัญญาประดิษฐ์ "
                                                   "ผ่านเว็บไซต์ระบบกลางทางกฎหมาย"),
    ("th-ai-law", "drafting", ("approval", C), "ครม.เห็นชอบหลักการร่าง พ.ร.บ.ปัญญาประดิษฐ์ ส่งกฤษฎีกาตรวจพิจารณา"),
    ("th-ai-law", "drafting", ("approval", C), "โฆษกรัฐบาลเผย ครม.ไฟเขียวหลักการร่างกฎหมาย AI ตามที่ดีอีเสนอ"),
    ("th-ai-law", "consultation", ("approval", C), "สภาฯ รับหลักการวาระแรกร่าง พ.ร.บ.ปัญญาประดิษฐ์ "
                                                   "ตั้งกรรมาธิการวิสามัญ 25 คน"),
    ("th-ai-law", "approval", ("adopted", C), "ที่ประชุมวุฒิสภามีมติเห็นชอบร่าง พ.ร.บ.ปัญญาประดิษฐ์ ในวาระสาม"),
    ("th-ai-law", "approval", ("adopted", C), "ราชกิจจานุเบกษาเผยแพร่ พ.ร.บ.ปัญญาประดิษฐ์ พ.ศ. 2569 "
                                              "ให้มีผลบังคับใช้เมื่อพ้น 180 วัน"),
    ("th-ai-law", "adopted", ("in_force", C), "พ.ร.บ.ปัญญาประดิษฐ์ มีผลบังคับใช้แล้วตั้งแต่วันนี้ (3 ธ.ค.)"),
    ("th-ai-law", "consultation", ("approval", C), "วันนี้ (2 ธ.ค. 2569) นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี "
                                                   "ณ ทำเนียบรัฐบาล ที่ประชุมมีมติเห็นชอบหลักการร่างพระราชบัญญัติว่า"
                                                   "ด้วยปัญญาประดิษฐ์ พ.ศ. .... ตามที่กระทรวงดิจิทัลเพื่อเศรษฐกิจและ"
                                                   "สังคมเสนอ", date(2026, 12, 2)),
    ("th-ai-law", "consultation", None, "ดีอีเตรียมเสนอร่างกฎหมาย AI เข้า ครม. ภายในปีงบประมาณ 2569"),
    ("th-ai-law", "drafting", None, "ครม.เห็นชอบหลักการร่างพระราชกฤษฎีกาจัดตั้งสถาบันปัญญาประดิษฐ์แห่งชาติ"),
    ("th-ai-law", "consultation", None, "คาดว่าร่าง พ.ร.บ.ปัญญาประดิษฐ์ จะเข้าสภาฯ ได้ในสมัยประชุมหน้า"),
    ("th-ai-law", "drafting", None, "ETDA เลื่อนการรับฟังความคิดเห็นร่างกฎหมาย AI ออกไปเป็นเดือนหน้า"),
    ("th-ai-law", "approval", None, "ราชกิจจานุเบกษาเผยแพร่ประกาศคณะกรรมการธุรกรรมทางอิเล็กทรอนิกส์ เรื่อง "
                                    "แนวทางการใช้ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", None, "รมว.ดีอี ย้ำ ร่าง พ.ร.บ.ปัญญาประดิษฐ์ ยังไม่ได้เสนอ ครม."),
    ("th-ai-law", "approval", None, "วุฒิสภาจ่อพิจารณาร่าง พ.ร.บ.ปัญญาประดิษฐ์ สัปดาห์หน้า"),
    ("th-ai-law", "consultation", None, "มาเลเซียเตรียมเสนอร่างกฎหมาย AI เข้าสภา"),
    ("th-ai-law", "consultation", None, "ดีอีปฏิเสธข่าว ครม. เห็นชอบร่าง พ.ร.บ. ปัญญาประดิษฐ์"),
    ("th-ai-law", "consultation", None, "ครม. รับทราบผลการประชุมรัฐมนตรีดิจิทัลอาเซียน ซึ่งเห็นชอบแนวทางธรรมาภิบาล AI"),
    ("th-bot-ai-risk", "consultation", ("in_force", C), "ธปท. ออกแนวนโยบายการบริหารจัดการความเสี่ยงของการใช้งานระบบป"
                                                        "ัญญาประดิษฐ์ มีผลตั้งแต่ 12 ก.ย. 2568", date(2025, 9, 12)),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "แบงก์ชาติคลอดแนวปฏิบัติคุมความเสี่ยง AI ในสถาบันการเงิน"),
    ("th-bot-ai-risk", "announced", ("consultation", C), "ธปท. เปิดรับฟังความคิดเห็นร่างแนวปฏิบัติการบริหารความเสี่ย"
                                                         "ง AI ถึง 30 มิ.ย.", date(2025, 6, 12)),
    ("th-bot-ai-risk", "consultation", None, "ธปท. ออกแนวนโยบายการบริหารความเสี่ยงด้านเทคโนโลยีสารสนเทศ"),
    ("th-bot-ai-risk", "consultation", None, "ก.ล.ต. ออกแนวปฏิบัติการใช้ AI สำหรับบริษัทหลักทรัพย์"),
    ("th-bot-ai-risk", "consultation", None, "ธปท. เตรียมออกแนวนโยบายบริหารความเสี่ยง AI ภายในไตรมาส 3"),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "The Bank of Thailand (BOT) has released its AI Risk "
                                                       "Management Guidelines for Financial Service Providers."),
    ("th-bot-ai-risk", "announced", ("consultation", C), "The Bank of Thailand has released draft guidelines on "
                                                         "managing AI risks in the financial sector and is "
                                                         "accepting public comments until June 30.", date(2025, 6, 19)),
    ("th-bot-ai-risk", "consultation", None, "The Bank of Thailand plans to issue AI risk management guidelines "
                                             "later this year."),
    ("th-bot-ai-risk", "consultation", None, "The Hong Kong Monetary Authority issued AI risk management guidelines "
                                             "for banks."),
    ("th-ai-law", "drafting", ("approval", C), "Thailand's Cabinet approved in principle the draft AI Act on "
                                               "Tuesday, sending it to the Council of State for review."),
    ("th-ai-law", "drafting", ("consultation", C), "The Electronic Transactions Development Agency (ETDA) has "
                                                   "opened a public hearing on the draft principles of Thailand's "
                                                   "AI law."),
    ("th-ai-law", "drafting", None, "Thailand's draft AI Act is expected to reach the Cabinet by the end of the "
                                    "fiscal year."),
    ("th-ai-law", "approval", ("adopted", C), "Thailand's AI law was published in the Royal Gazette on Monday."),
    ("asean-defa", "approval", ("adopted", C), "พาณิชย์เผยผู้นำอาเซียนลงนามความตกลง DEFA แล้ว "
                                               "ในการประชุมสุดยอดอาเซียน ครั้งที่ 49"),
    ("asean-defa", "approval", None, "รัฐมนตรีดิจิทัลอาเซียนออกแถลงการณ์ร่วมว่าด้วยปัญญาประดิษฐ์"),
    ("asean-defa", "approval", None, "ครม. เห็นชอบร่างความตกลง DEFA ก่อนนำไปลงนามในการประชุมสุดยอดอาเซียน"),
    ("asean-defa", "approval", None, "ครม. เลื่อนการพิจารณาความตกลง DEFA ออกไป"),
    ("asean-defa", "adopted", None, "ไทยเตรียมให้สัตยาบันความตกลง DEFA"),
    ("th-ai-law", "approval", ("adopted", C), "ด่วน! ราชกิจจาฯ ประกาศ พ.ร.บ.ปัญญาประดิษฐ์ แล้ว\nเมื่อวันที่ 2 ธ.ค. "
                                              "2569 เว็บไซต์ราชกิจจานุเบกษา ได้เผยแพร่พระราชบัญญัติว่าด้วยปัญญาประดิ"
                                              "ษฐ์ พ.ศ. 2569"),
    ("th-ai-law", "consultation", ("approval", C), "ที่ประชุมสภาผู้แทนราษฎร มีมติ 420 เสียง รับหลักการร่าง "
                                                   "พ.ร.บ.ปัญญาประดิษฐ์ ในวาระที่หนึ่ง"),
    ("th-ai-law", "approval", ("adopted", C), "วุฒิสภาลงมติเห็นชอบร่าง พ.ร.บ.ปัญญาประดิษฐ์ วาระสาม ด้วยคะแนน 180 "
                                              "ต่อ 2"),
    ("th-ai-law", "adopted", ("expected", "in_force", "2027-06-01"), "พ.ร.บ.ปัญญาประดิษฐ์ มีผลบังคับใช้ 1 มิ.ย. 2570"),
    ("th-ai-law", "adopted", ("in_force", C), "ครบ 180 วัน พ.ร.บ.ปัญญาประดิษฐ์ มีผลบังคับใช้วันนี้"),
    ("th-ai-law", "drafting", ("consultation", C), "ขอเชิญร่วมแสดงความคิดเห็นต่อ (ร่าง) "
                                                   "พระราชบัญญัติว่าด้วยปัญญาประดิษฐ์ พ.ศ. .... "
                                                   "ตั้งแต่วันนี้ถึงวันที่ 31 มกราคม 2570"),
    ("th-ai-law", "consultation", None, "ครม. เห็นชอบหลักการร่าง พ.ร.บ. ส่งเสริมเศรษฐกิจดิจิทัล (ฉบับที่ ..) "
                                        "เพื่อรองรับ AI"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ ถูกเลื่อนเข้า ครม. ไปปีหน้า"),
    ("th-ai-law", "consultation", None, "ครม.ไฟเขียวงบ 1,000 ล้าน หนุนสตาร์ทอัพ AI"),
    ("th-ai-law", "drafting", None, "นักวิชาการชี้ไทยควรมี พ.ร.บ.ปัญญาประดิษฐ์ โดยเร็ว"),
    ("th-ai-law", "consultation", None, "ครม. มีมติเห็นชอบให้ไทยร่วมรับรองปฏิญญาว่าด้วยความปลอดภัยของ AI"),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "ธปท. ประกาศใช้แนวปฏิบัติด้านความเสี่ยง AI "
                                                       "อย่างเป็นทางการแล้ว หลังเปิดรับฟังความเห็นเมื่อเดือน มิ.ย."),
    ("th-bot-ai-risk", "announced", None, "ธปท. เปิดรับฟังความคิดเห็นร่างแนวนโยบายการใช้บริการคลาวด์"),
    ("th-bot-ai-risk", "consultation", None, "The BOT said the final guidelines would be issued in the third "
                                             "quarter after it reviews public comments."),
    ("asean-defa", "approval", ("adopted", C), "อาเซียนลงนาม DEFA ความตกลงดิจิทัลระดับภูมิภาคฉบับแรกของโลก"),
    ("asean-defa", "approval", None, "อาเซียน-จีน ลงนามพิธีสารยกระดับ FTA 3.0 ครอบคลุมเศรษฐกิจดิจิทัล"),
    # the Council of State at work on the bill or the bill sent to it, the House's committee on it, the bill sent to the
    # House or considered there (misses of the first run, now approval)
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ อยู่ระหว่างการตรวจพิจารณาของสำนักงานคณะ"
                                                   "กรรมการกฤษฎีกา"),
    ("th-ai-law", "consultation", ("approval", C), "กมธ.วิสามัญพิจารณาร่าง พ.ร.บ.ปัญญาประดิษฐ์ นัดประชุมครั้งแรก"),
    ("th-ai-law", "consultation", ("approval", C), "“ประเสริฐ” เผย ร่าง พ.ร.บ. AI ผ่านกฤษฎีกาแล้ว เตรียมเสนอสภาฯ"),
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ. AI ส่งถึงมือกฤษฎีกาแล้ว"),
    ("th-ai-law", "consultation", ("approval", C), "ครม.ส่งร่าง พ.ร.บ.ปัญญาประดิษฐ์ ให้สภาผู้แทนราษฎรพิจารณา"),
    # near-misses of those rules, written before they ran (first run 7/8, 0 false moves: the Council named in full
    # before its vetting was nothing, 'คณะกรรมการ' ending in 'การ' read the event as a noun)
    ("th-ai-law", "consultation", None, "ครม. เตรียมส่งร่าง พ.ร.บ.ปัญญาประดิษฐ์ ให้กฤษฎีกาตรวจพิจารณา"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ ยังไม่ได้ส่งให้กฤษฎีกา"),
    ("th-ai-law", "consultation", None, "ดีอีเสนอร่าง พ.ร.บ.ปัญญาประดิษฐ์ ต่อที่ประชุมคณะกรรมการดิจิทัลเพื่อเศรษฐกิจ"
                                        "และสังคมแห่งชาติ"),
    ("th-ai-law", "consultation", None, "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ จะถูกส่งเข้าสภาฯ หลัง ครม. เห็นชอบ"),
    ("th-ai-law", "approval", None, "กมธ.วิสามัญฯ จะเริ่มพิจารณาร่าง พ.ร.บ.ปัญญาประดิษฐ์ สัปดาห์หน้า"),
    ("th-ai-law", "consultation", None, "คณะกรรมาธิการยุโรปพิจารณาปรับแก้กฎหมาย AI ของอียู"),
    ("th-ai-law", "consultation", None, "ฝ่ายค้านขู่ยื่นร่าง พ.ร.บ.ปัญญาประดิษฐ์ ฉบับประชาชนเข้าสภา หากรัฐบาลไม่เสนอ"),
    ("th-ai-law", "consultation", ("approval", C), "สำนักงานคณะกรรมการกฤษฎีกาอยู่ระหว่างตรวจพิจารณาร่าง "
                                                   "พ.ร.บ.ปัญญาประดิษฐ์"),
    # a third batch, written before it ran, with the rules above (Thai and Vietnamese 21/26, 2 false certain moves, both
    # Vietnamese; the Thai misses: a sitting of the House considering the bill and the Council of State's 'under review
    # by' in English, both approval now; 'ครม. รับทราบผลการตรวจพิจารณาร่าง ... ของสำนักงานคณะกรรมการกฤษฎีกา', left out)
    ("th-ai-law", "approval", ("adopted", C), "เมื่อวันที่ 2 ธ.ค. ในการประชุมวุฒิสภา ที่มีนายมงคล สุระสัจจะ "
                                              "ประธานวุฒิสภา เป็นประธาน ได้มีมติเห็นชอบร่าง พ.ร.บ.ปัญญาประดิษฐ์ "
                                              "ด้วยคะแนน 190 เสียง เพื่อประกาศใช้เป็นกฎหมายต่อไป"),
    ("th-ai-law", "approval", None, "พระมหากษัตริย์ไม่ได้ลงพระปรมาภิไธยในร่าง พ.ร.บ.ปัญญาประดิษฐ์ ภายใน 90 วัน"),
    ("th-ai-law", "consultation", ("approval", C), "เช้าวันนี้ (2 ธ.ค.) ที่รัฐสภา มีการประชุมสภาผู้แทนราษฎร "
                                                   "พิจารณาร่าง พ.ร.บ.ปัญญาประดิษฐ์ ในวาระแรก", date(2026, 12, 2)),
    ("th-ai-law", "consultation", None, "สภาฯ นัดถกร่าง พ.ร.บ.ปัญญาประดิษฐ์ 9 ธ.ค. นี้"),
    ("th-ai-law", "consultation", None, "ดีอีแจง ร่างกฎหมาย AI ยังไม่เข้า ครม. ข่าวที่แชร์เป็นข้อมูลเท็จ"),
    ("th-ai-law", "drafting", None, "ETDA ปิดรับฟังความคิดเห็นร่างกฎหมาย AI แล้วเมื่อวันที่ 9 มิ.ย. ที่ผ่านมา"),
    ("th-bot-ai-risk", "consultation", ("in_force", C), "แบงก์ชาติประกาศแนวนโยบายบริหารความเสี่ยง AI "
                                                        "ให้สถาบันการเงินถือปฏิบัติ มีผลทันที"),
    ("th-bot-ai-risk", "adopted", None, "ธปท. ย้ำแนวนโยบายการบริหารความเสี่ยง AI ที่ออกเมื่อปีก่อนยังใช้ได้"),
    ("asean-defa", "approval", ("adopted", C), "นายกฯ ร่วมพิธีลงนามความตกลง DEFA ที่กรุงกัวลาลัมเปอร์"),
    ("asean-defa", "adopted", None, "ไทยจะให้สัตยาบันความตกลง DEFA หลังผ่านความเห็นชอบของรัฐสภา"),
    ("th-ai-law", "consultation", ("approval", C), "ร่าง พ.ร.บ.ปัญญาประดิษฐ์ ผ่านการพิจารณาของกฤษฎีกาแล้ว"),
    ("th-ai-law", "consultation", ("approval", C), "The draft AI law is now under review by the Council of State, "
                                                   "Thailand's ETDA said."),
    ("th-ai-law", "consultation", None, "Thailand's Council of State has yet to review the draft AI Act."),
    # a fourth batch, headlines over leads and press furniture, written before it ran: first run 10/13, 1 false certain
    # move ('ไทยหนุนสรุป DEFA ให้ทันลงนามปลายปี', backing the talks' end in time to sign, was the signature: 'ให้ทัน' is
    # a purpose, 'หนุน' a wish); 'ชวน' (invites) alone, a comment on the draft without 'ต่อ' and the press's 'เฮียริ่ง'
    # (hearing) were nothing
    ("th-ai-law", "consultation", ("approval", C), "ครม.ไฟเขียว ร่าง พ.ร.บ. AI\nวันนี้ (2 ธ.ค. 69) "
                                                   "นายกรัฐมนตรีเป็นประธานการประชุม ครม. ที่ทำเนียบรัฐบาล "
                                                   "ที่ประชุมมีมติอนุมัติหลักการร่าง พ.ร.บ. ว่าด้วยปัญญาประดิษฐ์ "
                                                   "และให้ส่งสำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณา", date(2026, 12, 2)),
    ("th-ai-law", "consultation", None, "จับตา ครม. ถกร่าง พ.ร.บ. AI\nคาดว่าที่ประชุม ครม. วันอังคารนี้จะพิจารณาร่าง "
                                        "พ.ร.บ. ว่าด้วยปัญญาประดิษฐ์ ที่กระทรวงดีอีเสนอ", date(2026, 12, 6)),
    ("th-ai-law", "approval", ("adopted", C), "ราชกิจจาฯ ประกาศแล้ว! พ.ร.บ.ปัญญาประดิษฐ์ พ.ศ. "
                                              "2569\nเว็บไซต์ราชกิจจานุเบกษา เผยแพร่พระราชบัญญัติว่าด้วยปัญญาประดิษฐ์"
                                              " พ.ศ. 2569 โดยมีผลบังคับใช้เมื่อพ้นกำหนด 180 วัน"),
    ("th-ai-law", "adopted", ("expected", "in_force", "2027-06-01"), "พ.ร.บ.ปัญญาประดิษฐ์ จะมีผลบังคับใช้ตั้งแต่วันท"
                                                                     "ี่ 1 มิ.ย. 2570 เป็นต้นไป"),
    ("th-ai-law", "consultation", ("approval", C), "ส.ส. ถกเดือด ร่าง พ.ร.บ.ปัญญาประดิษฐ์ วาระแรก "
                                                   "ก่อนลงมติรับหลักการ 401 เสียง"),
    ("th-ai-law", "consultation", None, "ข่าวปลอม! ครม. อนุมัติร่าง พ.ร.บ.ปัญญาประดิษฐ์ แล้ว"),
    ("th-ai-law", "drafting", ("consultation", C), "ETDA ชวนคนไทยร่วมแสดงความคิดเห็นร่าง พ.ร.บ. AI "
                                                   "ผ่านระบบกลางทางกฎหมาย ถึง 31 ม.ค. 70"),
    ("th-ai-law", "drafting", None, "อ่านเพิ่มเติม: ETDA เปิดรับฟังความคิดเห็นร่าง พ.ร.บ. AI"),
    ("th-bot-ai-risk", "announced", ("consultation", C), "แบงก์ชาติเปิดเฮียริ่งร่างแนวปฏิบัติบริหารความเสี่ยง AI "
                                                         "ถึงสิ้นเดือน มิ.ย.", date(2025, 6, 12)),
    ("th-bot-ai-risk", "consultation", ("adopted", C), "ธปท. คลอดแนวนโยบายคุมความเสี่ยง AI\nธนาคารแห่งประเทศไทย "
                                                       "(ธปท.) ออกแนวนโยบายการบริหารจัดการความเสี่ยงของการใช้งานระบบ"
                                                       "ปัญญาประดิษฐ์ สำหรับผู้ให้บริการทางการเงิน", date(2025, 9, 12)),
    ("th-bot-ai-risk", "consultation", None, "ก.ล.ต. เปิดรับฟังความคิดเห็นร่างแนวปฏิบัติการใช้ AI ในตลาดทุน"),
    ("asean-defa", "approval", ("adopted", C), "อาเซียนลงนาม DEFA แล้ว\nผู้นำอาเซียนร่วมลงนามความตกลงกรอบเศรษฐกิจดิจิ"
                                               "ทัลอาเซียน ในการประชุมสุดยอดอาเซียน ครั้งที่ 49"),
    ("asean-defa", "approval", None, "ไทยหนุนสรุป DEFA ให้ทันลงนามปลายปี"),
    # near-misses of those words, written before they ran (first run 4/5: an academic's comment on the draft asks a
    # person, as it did with 'ต่อ' before)
    ("th-ai-law", "drafting", None, "ETDA จะชวนประชาชนร่วมแสดงความคิดเห็นร่าง พ.ร.บ. AI เดือนหน้า"),
    ("th-bot-ai-risk", "announced", None, "ธปท. เตรียมเปิดเฮียริ่งร่างแนวปฏิบัติบริหารความเสี่ยง AI"),
    ("th-ai-law", "consultation", ("approval", C), "ภาคเอกชนสนับสนุนร่าง พ.ร.บ. ปัญญาประดิษฐ์ ที่ ครม. เห็นชอบแล้ว"),
    ("asean-defa", "approval", None, "พาณิชย์เร่งสรุปความตกลง DEFA ให้ทันลงนามในการประชุมสุดยอดอาเซียน"),
    ("th-ai-law", "drafting", ("consultation", P), "นักวิชาการแสดงความคิดเห็นร่าง พ.ร.บ. ปัญญาประดิษฐ์ "
                                                   "ผ่านบทความในหนังสือพิมพ์"),
    # the outcome of the Council of State's vetting, the bill named between (a miss of the third batch); its near-misses
    # written before it ran, first run 2/3: awaiting that outcome was written as nothing, but the bill is then before
    # the Council, the approval stage, as 'ยังอยู่ระหว่างการพิจารณาของกฤษฎีกา' is
    ("th-ai-law", "consultation", ("approval", C), "ครม. รับทราบผลการตรวจพิจารณาร่าง พ.ร.บ.ปัญญาประดิษฐ์ "
                                                   "ของสำนักงานคณะกรรมการกฤษฎีกา"),
    ("th-ai-law", "consultation", None, "ครม. รับทราบผลการตรวจพิจารณาร่าง พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ฉบับแก้ไข "
                                        "ของสำนักงานคณะกรรมการกฤษฎีกา"),
    ("th-ai-law", "consultation", ("approval", C), "ดีอีรอผลการตรวจพิจารณาร่าง พ.ร.บ.ปัญญาประดิษฐ์ "
                                                   "ของสำนักงานคณะกรรมการกฤษฎีกา"),
]


@pytest.mark.parametrize("case", VITH_CASES)
def test_thai_vith(case: tuple) -> None:
    milestone, current, expected, text, *published = case
    assert outcome(milestone, text, current, *published) == expected
