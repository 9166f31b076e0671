"""Vietnamese: each failure kind of issue 11 that Vietnamese text shows, in our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.monitor.language.catalog import C, event_date, outcome, user_milestone

CASES = [
    # own sentences of 2026-12-02: "úc" (Australia) only as a word, not inside "kết thúc" (ended) or "lúc" (at); a
    # question of its own after a comma; a verb inside a draft's title; "chính thức có Luật" (officially has the law)
    ("asean-defa", "drafting", ("approval", C), "ASEAN kết thúc đàm phán Hiệp định Khung Kinh tế số (DEFA)"),
    ("vn-ai-law", "approval", ("adopted", C), "Lúc 10h sáng nay, Quốc hội đã thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", None, "Úc thông qua luật về trí tuệ nhân tạo."),
    ("vn-ai-law", "adopted", ("in_force", C), "Luật Trí tuệ nhân tạo đã có hiệu lực từ ngày 1/3, doanh nghiệp cần "
                                              "làm gì?"),
    ("vn-ai-law", "adopted", None, "Luật Trí tuệ nhân tạo có hiệu lực khi nào, doanh nghiệp cần làm gì?"),
    ("vn-ai-high-risk-list", "drafting", ("consultation", C), "Bộ Khoa học và Công nghệ lấy ý kiến dự thảo Quyết định "
                                                              "ban hành danh mục hệ thống AI có rủi ro cao."),
    ("vn-ai-high-risk-list", "consultation", ("adopted", C), "Thủ tướng ký Quyết định ban hành danh mục hệ thống AI "
                                                             "có rủi ro cao."),
    ("vn-ai-law", "approval", ("adopted", C), "Việt Nam chính thức có Luật Trí tuệ nhân tạo"),
    ("vn-ai-law", "approval", None, "Việt Nam sẽ chính thức có Luật Trí tuệ nhân tạo vào cuối năm"),
    # "dữ liệu" (data) holds "liệu" (whether) and asks nothing (a user's "Luật Bảo vệ dữ liệu cá nhân" took no effect);
    # an enacting clause with the Assembly's full style, term and sitting
    (user_milestone("VN", vi=("Luật Bảo vệ dữ liệu cá nhân",)), "adopted", ("in_force", C),
     "Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ ngày 1-1-2026."),
    ("vn-ai-law", "adopted", None, "Liệu Luật Trí tuệ nhân tạo đã có hiệu lực?"),
    ("vn-ai-law", "approval", ("adopted", C), "Luật Trí tuệ nhân tạo được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam "
                                              "khóa XV, Kỳ họp thứ 10 thông qua ngày 1 tháng 12 năm 2026."),
    ("vn-ai-law", "approval", ("adopted", C), "Luật Trí tuệ nhân tạo được Quốc hội tại Kỳ họp thứ 10 thông qua."),
    # words between actor and verb
    ("vn-ai-law", "approval", ("adopted", C), "Quốc hội chính thức thông qua Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", ("adopted", C), "Chiều 10/12, tại Kỳ họp thứ 10, Quốc hội khóa XV, Quốc hội đã chính "
                                              "thức thông qua Luật Trí tuệ nhân tạo với đa số đại biểu tán thành."),
    # paraphrase: a law on AI, in Vietnamese, names Vietnam
    ("vn-ai-law", "approval", ("adopted", C), "Quốc hội đã thông qua đạo luật đầu tiên về trí tuệ nhân tạo."),
    # the passage story with a future effective date: adopted, and in force only expected
    ("vn-ai-law", "approval", ("adopted", C), "Quốc hội thông qua Luật Trí tuệ nhân tạo; Luật có hiệu lực từ ngày "
                                              "1/3/2027."),
    ("vn-ai-law", "adopted", ("expected", "in_force", "2027-03-01"), "Luật Trí tuệ nhân tạo có hiệu lực từ ngày "
                                                                     "1/3/2027."),
    # future framing, postponement
    ("vn-ai-law", "approval", None, "Dự kiến Quốc hội sẽ thông qua Luật Trí tuệ nhân tạo vào cuối kỳ họp."),
    ("vn-ai-high-risk-list", "drafting", None, "Việc ban hành danh mục hệ thống AI có rủi ro cao bị hoãn."),
    ("vn-ai-high-risk-list", "drafting", None, "Bộ đang dự thảo Quyết định ban hành danh mục hệ thống AI có rủi ro "
                                               "cao."),
    # "when it is submitted to the National Assembly for consideration and passage" is no passage
    ("vn-ai-law", "approval", None, "Hội thảo góp phần bảo đảm chất lượng dự thảo Luật AI khi trình Quốc hội xem xét "
                                    "thông qua."),
    # another instrument with the same verbs
    ("vn-ai-law", "adopted", None, "Thủ tướng ký Quyết định ban hành Kế hoạch triển khai thi hành Luật Trí tuệ nhân "
                                   "tạo."),
    ("vn-ai-law", "adopted", None, "Chính phủ ban hành Nghị định hướng dẫn Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", None, "Liên minh châu Âu đã thông qua Luật Trí tuệ nhân tạo của EU."),
    ("vn-ai-high-risk-list", "drafting", ("adopted", C), "Thủ tướng ban hành Quyết định danh mục hệ thống trí tuệ "
                                                         "nhân tạo có rủi ro cao."),
    ("asean-defa", "approval", ("adopted", C), "Các nhà lãnh đạo ASEAN đã ký Hiệp định khung về kinh tế số (DEFA)."),
    ("asean-defa", "approval", None, "Lễ ký Hiệp định DEFA được lùi sang năm 2027."),
    # promulgation: the President's order ("lệnh công bố"), a law among the ones listed ("13 luật, trong đó có ...",
    # vi-016 and vi-023 of the dev set)
    ("vn-ai-law", "approval", ("adopted", C), "Chủ tịch nước ký lệnh công bố Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", ("adopted", C), "Chủ tịch nước đã ký Lệnh công bố 12 luật, trong đó có Luật Trí tuệ nhân tạo."),
    # the National Assembly's stages before the vote, and the Government's own approval of the bill
    ("vn-ai-law", "consultation", ("approval", C), "Ủy ban Khoa học, Công nghệ và Môi trường thẩm tra dự án Luật Trí tuệ "
                                                   "nhân tạo."),
    ("vn-ai-law", "consultation", ("approval", C), "Quốc hội thảo luận ở tổ về dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("approval", C), "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("approval", C), "Chính phủ thông qua dự án Luật Trí tuệ nhân tạo để trình Quốc hội."),
    ("vn-ai-law", "consultation", None, "Quốc hội sẽ thảo luận về dự án Luật Trí tuệ nhân tạo vào tuần tới."),
    # publishing the draft is the consultation
    ("vn-ai-law", "drafting", ("consultation", C), "Bộ Khoa học và Công nghệ công bố dự thảo Luật Trí tuệ nhân tạo để lấy "
                                                   "ý kiến nhân dân."),
    ("vn-ai-law", "drafting", ("consultation", C), "Dự thảo Luật Trí tuệ nhân tạo được đăng tải trên Cổng thông tin điện tử "
                                                   "Chính phủ."),
    ("vn-ai-law", "drafting", None, "Bộ sẽ công bố dự thảo Luật Trí tuệ nhân tạo trong tháng tới."),
    # deputies' debate ("ĐBQH tỉnh Thanh Hóa góp ý vào dự án Luật Trí tuệ nhân tạo", baothanhhoa.vn, 2025-11-21), the
    # vote count in a headline, a request for comments on a draft
    ("vn-ai-law", "consultation", ("approval", C), "ĐBQH đoàn Hà Nội góp ý vào dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", ("adopted", C), "Luật Trí tuệ nhân tạo: 430/436 đại biểu tán thành"),
    ("vn-ai-law", "approval", None, "Các đại biểu cơ bản tán thành sự cần thiết ban hành Luật Trí tuệ nhân tạo."),
    ("vn-ai-decree", "drafting", ("consultation", C), "Bộ đề nghị các cơ quan, tổ chức góp ý dự thảo Nghị định hướng dẫn "
                                                      "Luật Trí tuệ nhân tạo."),
    ("vn-ai-decree", "drafting", None, "Bộ đề nghị Chính phủ ban hành Nghị định hướng dẫn Luật Trí tuệ nhân tạo."),
    # "submitted to the National Assembly for passage at its coming session" is neither passage nor tabling yet
    # (the Assembly committee's workshop of 2025-10-15, dientuungdung.vn/gop-y-hoan-thien-du-thao-luat-tri-tue-nhan-tao)
    ("vn-ai-law", "consultation", None, "Ông Khải cho biết việc xây dựng và trình Quốc hội thông qua Luật Trí tuệ nhân tạo "
                                        "ngay tại kỳ họp tới là rất ý nghĩa."),
    # a National Assembly resolution is another instrument, whatever it lists
    ("vn-ai-law", "consultation", None, "Quốc hội thông qua Nghị quyết về Chương trình xây dựng luật năm 2026, trong đó có "
                                        "Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", None, "Lùi thời điểm thông qua Luật Trí tuệ nhân tạo sang kỳ họp sau."),
    ("vn-ai-law", "adopted", ("in_force", C), "Luật Trí tuệ nhân tạo chính thức đi vào cuộc sống từ hôm nay."),
    ("vn-ai-law", "adopted", None, "Các giải pháp đưa Luật Trí tuệ nhân tạo vào cuộc sống."),
    ("vn-ai-law", "adopted", None, "Luật AI của Mỹ có hiệu lực."),
    # Vietnamese typed without its accents: the same words, the same hedges, the same foreign claims
    ("vn-ai-law", "approval", ("adopted", C), "Chieu nay Quoc hoi da chinh thuc thong qua Luat Tri tue nhan tao."),
    ("vn-ai-law", "approval", None, "Quoc hoi se thong qua Luat Tri tue nhan tao vao thang toi."),
    ("vn-ai-law", "approval", None, "Luat Tri tue nhan tao chua duoc Quoc hoi thong qua."),
    ("vn-ai-law", "approval", None, "Lien minh chau Au da thong qua Luat Tri tue nhan tao cua EU."),
    ("vn-ai-law", "adopted", ("expected", "in_force", "2027-03-01"), "Luat Tri tue nhan tao co hieu luc tu ngay "
                                                                     "1/3/2027."),
    # an implementing decree is named by the law it details, however long its title
    ("vn-ai-decree", "consultation", ("adopted", C), "Thủ tướng đã ký ban hành Nghị định quy định chi tiết một số "
                                                     "điều và biện pháp thi hành Luật Trí tuệ nhân tạo."),
    ("vn-ai-decree", "consultation", ("adopted", C), "Chinh phu vua ban hanh Nghi dinh huong dan chi tiet mot so "
                                                     "dieu cua Luat AI."),
    ("vn-ai-decree", "consultation", None, "Bộ sẽ trình Chính phủ ban hành Nghị định quy định chi tiết một số điều "
                                           "của Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "adopted", None, "Thủ tướng đã ký ban hành Nghị định quy định chi tiết một số điều và biện pháp "
                                   "thi hành Luật Trí tuệ nhân tạo."),
    # drafting: the ministry drafting or leading the work ("Bộ Khoa học và Công nghệ đang dự thảo Nghị định quy định chi tiết
    # ...", phaply.net.vn de-xuat-co-che-chinh-sach-ho-tro-doanh-nghiep-...-a261328; "được giao chủ trì, phối hợp ... xây dựng và
    # trình Nghị định", vneconomy.vn sap-thanh-lap-quy-phat-trien-ai-quoc-gia), a decision carrying the list after its issuer,
    # and an internal comment round, which is drafting, not the public consultation
    ("vn-ai-decree", "announced", ("drafting", C), "Hiện Bộ Khoa học và Công nghệ đang dự thảo Nghị định quy định chi tiết "
                                                   "Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "announced", ("drafting", C), "Bộ Khoa học và Công nghệ được giao chủ trì soạn thảo Luật Trí tuệ nhân tạo."),
    ("vn-ai-high-risk-list", "announced", ("drafting", C), "Bộ đang xây dựng danh mục hệ thống trí tuệ nhân tạo có rủi ro "
                                                           "cao."),
    ("vn-ai-high-risk-list", "announced", ("drafting", C), "Bộ Khoa học và Công nghệ đang dự thảo Quyết định của Thủ tướng "
                                                           "Chính phủ ban hành danh mục hệ thống AI rủi ro cao."),
    ("vn-ai-high-risk-list", "announced", ("drafting", C), "Viện đang lấy ý kiến các đơn vị thuộc Bộ để hoàn thiện danh mục "
                                                           "hệ thống AI rủi ro cao."),
    ("vn-ai-high-risk-list", "drafting", None, "Viện đang lấy ý kiến các đơn vị thuộc Bộ để hoàn thiện danh mục hệ thống "
                                               "AI rủi ro cao."),
    ("vn-ai-law", "announced", None, "Bộ sẽ chủ trì xây dựng Luật Trí tuệ nhân tạo trong năm tới."),
    ("asean-defa", "announced", ("drafting", C), "ASEAN đã tổ chức vòng đàm phán thứ 10 về Hiệp định khung về kinh tế số."),
    # a comment workshop on the draft (the National Assembly committee's of 2025-10-15, dientuungdung.vn
    # gop-y-hoan-thien-du-thao-luat-tri-tue-nhan-tao-11569)
    ("vn-ai-law", "drafting", ("consultation", C), "Hội thảo góp ý hoàn thiện dự thảo Luật Trí tuệ nhân tạo được tổ chức tại "
                                                   "Hà Nội."),
    # the drafting board finishing the draft, research and drafting, continued negotiations; experts' comments on the draft
    # ("đề nghị cơ quan soạn thảo tiếp thu ... để hoàn thiện", cand.com.vn Can-co-tam-nhin-trong-Luat-Quan-ly-va-phat-trien-do-thi)
    ("vn-ai-law", "announced", ("drafting", C), "Ban soạn thảo đang hoàn thiện dự thảo Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "announced", ("drafting", C), "Bộ đang nghiên cứu, xây dựng Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "drafting", ("consultation", C), "Các chuyên gia góp ý hoàn thiện dự thảo Luật Trí tuệ nhân tạo."),
    ("asean-defa", "announced", ("drafting", C), "Các nước ASEAN tiếp tục đàm phán Hiệp định khung về kinh tế số."),
    ("vn-ai-law", "announced", ("drafting", C), "Bộ Khoa học và Công nghệ đã hoàn thành dự thảo Luật Trí tuệ nhân tạo."),
    # the Assembly's debate with its actor left out: "Sáng 21/11, thảo luận tại Tổ 15 ... về dự án Luật Trí tuệ nhân tạo"
    # (baophutho.vn/du-an-luat-tri-tue-nhan-tao-can-ban-hanh-van-ban-quy-dinh-ro-rang-minh-bach-243093.htm), "Dự thảo
    # Luật ... đang được đưa ra xem xét, thảo luận tại Kỳ họp thứ 10" (ngaynay.vn, post166824)
    ("vn-ai-law", "consultation", ("approval", C), "Chiều 3/12, thảo luận ở tổ về dự án Luật Trí tuệ nhân tạo, nhiều "
                                                   "đại biểu nêu ý kiến."),
    ("vn-ai-law", "consultation", ("approval", C), "Dự án Luật Trí tuệ nhân tạo đang được xem xét, thảo luận tại kỳ "
                                                   "họp thứ 10."),
    ("vn-ai-law", "consultation", None, "Dự án Luật Trí tuệ nhân tạo sẽ được thảo luận tại hội trường vào tuần tới."),
    ("vn-ai-law", "approval", None, "Dự án Luật Trí tuệ nhân tạo được xem xét thông qua tại kỳ họp này."),
    # waiting for the President's signature: the Assembly's step is done, the promulgation is not
    ("vn-ai-law", "consultation", ("approval", C), "Luật Trí tuệ nhân tạo đang chờ Chủ tịch nước ký lệnh công bố."),
    ("vn-ai-law", "approval", None, "Luật Trí tuệ nhân tạo đang chờ Chủ tịch nước ký lệnh công bố."),
    # what the Assembly hears ("Quốc hội nghe trình bày Tờ trình và Báo cáo thẩm tra về dự án Luật Trí tuệ nhân tạo",
    # baovephapluat.vn/kiem-sat-24h/van-de-su-kien/rat-kho-xac-dinh-trach-nhiem-cua-ai-theo-nghia-truyen-thong-188302.html)
    ("vn-ai-law", "consultation", ("approval", C), "Sáng 3/12, Quốc hội nghe Tờ trình và Báo cáo thẩm tra dự án Luật "
                                                   "Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("approval", C), "Quốc hội nghe báo cáo thẩm tra về dự án Luật Trí tuệ nhân tạo."),
    # the laws a promulgation order lists, counted, in the same sentence or in the next one ("13 luật được công bố gồm:
    # ...", baovanhoa.vn/chinh-tri/cong-bo-lenh-cua-chu-tich-nuoc-ve-13-luat-195214.html; "Các luật này gồm: ...",
    # vietnamplus.vn/van-phong-chu-tich-nuoc-hop-bao-cong-bo-lenh-cua-chu-tich-nuoc-ve-13-luat-post1086697.vnp)
    ("vn-ai-law", "approval", ("adopted", C), "Họp báo diễn ra chiều nay. 5 luật được công bố gồm: Luật Dân số; Luật "
                                              "Trí tuệ nhân tạo; Luật Xây dựng."),
    ("vn-ai-law", "approval", ("adopted", C), "Chiều 3/12, Văn phòng Chủ tịch nước công bố Lệnh của Chủ tịch nước về 5 "
                                              "luật.\nCác luật này gồm: Luật Dân số; Luật Trí tuệ nhân tạo; Luật Xây "
                                              "dựng."),
    ("vn-ai-law", "approval", None, "Chiều 3/12, Văn phòng Chủ tịch nước công bố Lệnh của Chủ tịch nước về 5 luật.\n"
                                    "Luật Trí tuệ nhân tạo vẫn đang được thảo luận."),
    ("vn-ai-law", "approval", None, "Dự thảo Luật Trí tuệ nhân tạo được công bố để lấy ý kiến."),
    # the list made public is the list's own act ("Công bố danh mục 46 hệ thống AI rủi ro cao", vnexpress.net/
    # cong-bo-danh-muc-46-he-thong-ai-rui-ro-cao-5092772.html)
    ("vn-ai-high-risk-list", "approval", ("adopted", C), "Công bố danh mục 46 hệ thống AI rủi ro cao"),
    ("vn-ai-high-risk-list", "consultation", None, "Công bố dự thảo danh mục hệ thống AI rủi ro cao để lấy ý kiến."),
    # a name is not a hedge: "Lê Minh Hoan" is not "hoãn" (postponed)
    ("vn-ai-law", "consultation", ("approval", C), "Dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Minh Hoan, Ủy ban "
                                                   "Thường vụ Quốc hội cho ý kiến về dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", None, "Quốc hội thông qua Luật Dữ liệu, không phải Luật Trí tuệ nhân tạo."),
    # the kind word before the name is part of it ("Hiệp định DEFA"); a ministry tasked with building a decree is drafting it
    # ("Bộ Khoa học và Công nghệ được giao chủ trì, phối hợp ... xây dựng và trình Nghị định", vneconomy.vn
    # sap-thanh-lap-quy-phat-trien-ai-quoc-gia)
    ("asean-defa", "announced", ("drafting", C), "ASEAN chính thức khởi động đàm phán Hiệp định DEFA."),
    ("asean-defa", "approval", ("adopted", C), "Các nhà lãnh đạo ASEAN đã ký Hiệp định DEFA."),
    ("asean-defa", "approval", None, "Các nước ASEAN ký Hiệp định thương mại với Canada, còn Hiệp định DEFA sẽ được ký năm "
                                     "sau."),
    ("vn-ai-decree", "announced", ("drafting", C), "Bộ Khoa học và Công nghệ được giao xây dựng Nghị định hướng dẫn Luật "
                                                   "Trí tuệ nhân tạo."),
    # signing the submission ("ký trình", "ký Tờ trình") sends the bill to the Assembly; it signs no law
    # (https://vneconomy.vn/techconnect/viet-nam-co-the-thuoc-nhom-quoc-gia-dau-tien-tren-the-gioi-ban-hanh-dao-luat-
    # chuyen-biet-ve-ai.htm, 10 Nov 2025: "đã chính thức ký tờ trình trình Quốc hội dự án Luật Trí tuệ nhân tạo")
    ("vn-ai-law", "drafting", ("approval", C), "Bộ trưởng Bộ Khoa học và Công nghệ đã ký trình Quốc hội dự án Luật Trí "
                                               "tuệ nhân tạo."),
    ("vn-ai-law", "drafting", ("approval", C), "Thủ tướng vừa ký Tờ trình Quốc hội về dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", ("adopted", C), "Chủ tịch nước đã ký Lệnh công bố Luật Trí tuệ nhân tạo."),
    # the Assembly considering the bill ("xem xét") is its stage; "sẽ xem xét", "dự kiến xem xét", "chưa xem xét",
    # "đề nghị Quốc hội xem xét" and "để xem xét" stay hedged ("Các dự án luật ... được Quốc hội xem xét", m.btv.org.vn
    # tuan-lam-viec-thu-2-quoc-hoi-xem-xet-cho-y-kien-6-luat-3-nghi-quyet-103350; "Ủy ban Thường vụ Quốc hội ... xem xét
    # và cho ý kiến", old.htv.com.vn khai-mac-phien-hop-thu-11-uy-ban-thuong-vu-quoc-hoi)
    ("vn-ai-law", "consultation", ("approval", C), "Quốc hội xem xét dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", ("approval", C), "Chiều 27/11, Quốc hội tiến hành xem xét dự án Luật Trí tuệ nhân tạo "
                                                   "tại phiên họp toàn thể."),
    ("vn-ai-law", "consultation", ("approval", C), "Dự án Luật Trí tuệ nhân tạo được Quốc hội xem xét tại Kỳ họp thứ 10."),
    ("vn-ai-law", "consultation", ("approval", C), "Ủy ban Thường vụ Quốc hội xem xét, cho ý kiến về dự án Luật Trí tuệ "
                                                   "nhân tạo."),
    ("vn-ai-decree", "drafting", ("approval", C), "Ủy ban Thường vụ Quốc hội đã xem xét Tờ trình về Nghị định hướng dẫn "
                                                  "Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", None, "Quốc hội sẽ xem xét dự án Luật Trí tuệ nhân tạo vào tuần tới."),
    ("vn-ai-law", "consultation", None, "Quốc hội dự kiến xem xét dự án Luật Trí tuệ nhân tạo tại kỳ họp thứ 10."),
    ("vn-ai-law", "consultation", None, "Dự án Luật Trí tuệ nhân tạo sẽ được Quốc hội xem xét tại Kỳ họp thứ 10."),
    ("vn-ai-law", "consultation", None, "Quốc hội chưa xem xét dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", None, "Chính phủ đề nghị Quốc hội xem xét dự án Luật Trí tuệ nhân tạo."),
    ("vn-ai-law", "consultation", None, "Bộ đang xem xét dự án Luật Trí tuệ nhân tạo."),
]


@pytest.mark.parametrize(("milestone", "current", "expected", "text"), CASES)
def test_vietnamese(milestone: str, current: str, expected: tuple | None, text: str) -> None:
    assert outcome(milestone, text, current) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a fronted start date: the day itself reports (vi-008 of the dev set), a week earlier announces
    ("Từ ngày 1/3/2026, Luật Trí tuệ nhân tạo chính thức có hiệu lực thi hành.", date(2026, 3, 1), ("in_force", C)),
    ("Từ ngày 1/3/2026, Luật Trí tuệ nhân tạo chính thức có hiệu lực thi hành.", date(2026, 2, 22),
     ("expected", "in_force", "2026-03-01")),
    # a year-less "from 1/3" a few days before it is this year's 1 March, not last year's
    ("Luật Trí tuệ nhân tạo bắt đầu có hiệu lực từ 1/3.", date(2026, 2, 20), ("expected", "in_force", "2026-03-01")),
    ("Luật Trí tuệ nhân tạo bắt đầu có hiệu lực từ 1/3.", date(2026, 3, 2), ("in_force", C)),
    # ... "đã" (already) makes it the past 1 March, however long ago
    ("Luật Trí tuệ nhân tạo đã có hiệu lực từ ngày 1/3.", date(2026, 12, 3), ("in_force", C)),
    ("Từ ngày 1/3, Luật Trí tuệ nhân tạo đã chính thức có hiệu lực.", date(2026, 11, 20), ("in_force", C)),
    ("Bộ đã nói Luật Trí tuệ nhân tạo sẽ có hiệu lực từ ngày 1/3.", date(2026, 2, 20), ("expected", "in_force", "2026-03-01")),
    # typed without accents: "tu ngay 1/3" is the same start (it read as in force at once)
    ("Luat Tri tue nhan tao co hieu luc tu ngay 1/3.", date(2026, 2, 20), ("expected", "in_force", "2026-03-01")),
    ("Tu ngay 1/3, khi Luat Tri tue nhan tao chinh thuc co hieu luc, doanh nghiep phai tuan thu.", date(2026, 3, 2),
     ("in_force", C)),
    ("Tu ngay 1/3, khi Luat Tri tue nhan tao chinh thuc co hieu luc, doanh nghiep phai tuan thu.", date(2026, 2, 20),
     ("expected", "in_force", "2026-03-01")),
    # "from tomorrow" is the day after the publication
    ("Từ ngày mai (1/3), Luật Trí tuệ nhân tạo chính thức có hiệu lực.", date(2026, 2, 28),
     ("expected", "in_force", "2026-03-01")),
    ("Luật Trí tuệ nhân tạo có hiệu lực từ ngày mai.", date(2026, 2, 28), ("expected", "in_force", "2026-03-01")),
    # "khi" (when) in the event's own clause is its day once that day has come, a condition before it; "nếu" (if) always
    ("Từ ngày 1/3, khi Luật Trí tuệ nhân tạo chính thức có hiệu lực, doanh nghiệp phải gắn nhãn nội dung AI.",
     date(2026, 3, 1), ("in_force", C)),
    ("Từ ngày 1/3, khi Luật Trí tuệ nhân tạo chính thức có hiệu lực, doanh nghiệp phải gắn nhãn nội dung AI.",
     date(2026, 3, 4), ("in_force", C)),
    ("Từ ngày 1/3, khi Luật Trí tuệ nhân tạo chính thức có hiệu lực, doanh nghiệp phải gắn nhãn nội dung AI.",
     date(2026, 2, 20), ("expected", "in_force", "2026-03-01")),
    ("Khi Luật Trí tuệ nhân tạo có hiệu lực từ hôm nay, các nhà cung cấp phải đăng ký hệ thống rủi ro cao.",
     date(2026, 3, 1), ("in_force", C)),
    ("Khi Luật Trí tuệ nhân tạo chính thức có hiệu lực, doanh nghiệp phải gắn nhãn nội dung AI.", date(2026, 3, 4), None),
    ("Nếu Luật Trí tuệ nhân tạo có hiệu lực từ ngày 1/3, doanh nghiệp phải gắn nhãn nội dung AI.", date(2026, 3, 1), None),
    # applied from its start, one of the laws that take effect (soha.vn/tu-hom-nay-1-3-luat-tri-tue-nhan-tao-co-hieu-luc-
    # noi-dung-ai-tao-ra-phai-co-dau-nhan-biet-19826030120170469.htm: "Luật Trí tuệ nhân tạo là một trong sáu luật bắt đầu
    # áp dụng từ hôm nay")
    ("Luật Trí tuệ nhân tạo là một trong sáu luật bắt đầu áp dụng từ hôm nay.", date(2026, 3, 1), ("in_force", C)),
    ("Luật Trí tuệ nhân tạo bắt đầu được áp dụng từ ngày 1/3.", date(2026, 3, 2), ("in_force", C)),
    ("Luật Trí tuệ nhân tạo chính thức được thi hành từ hôm nay.", date(2026, 3, 1), ("in_force", C)),
    ("Luật Trí tuệ nhân tạo là một trong sáu luật có hiệu lực từ ngày 1/3/2026.", date(2026, 2, 20),
     ("expected", "in_force", "2026-03-01")),
    ("Doanh nghiệp cần chuẩn bị trước khi Luật Trí tuệ nhân tạo bắt đầu áp dụng.", date(2026, 2, 1), None),
    ("Luật Trí tuệ nhân tạo là một trong những luật sẽ có hiệu lực từ năm sau.", date(2026, 1, 1), None),
])
def test_start_dates_against_the_publication(text: str, published: date, expected: tuple) -> None:
    assert outcome("vn-ai-law", text, "adopted", published=published) == expected


def test_event_date_after_a_time_of_day() -> None:
    text = "Sáng 10-12, Quốc hội biểu quyết thông qua Luật Trí tuệ nhân tạo."
    assert event_date("vn-ai-law", text, "approval", published=date(2026, 12, 11)) == date(2026, 12, 10)


def test_event_date_of_a_list_of_laws() -> None:
    text = ("Từ ngày 1/12/2026, sáu luật mới có hiệu lực, bao gồm: Luật Trí tuệ nhân tạo; Luật Đầu tư; "
            "Luật Quy hoạch.")
    assert outcome("vn-ai-law", text, "adopted") == ("in_force", C)
    assert event_date("vn-ai-law", text, "adopted") == date(2026, 12, 1)


# Own sentences of the vith lane (2026-12-02), written before any fix in the wording of VnExpress, Tuổi Trẻ, VietnamPlus,
# Báo Chính phủ and the Assembly's site ("(Chinhphu.vn) - ...", "Sáng nay (1/3), ..."; "Từ hôm nay 01/03/2026, Luật Trí tuệ
# nhân tạo ... chính thức có hiệu lực", soha.vn 2026-03-01; "Bộ Khoa học và Công nghệ đang xây dựng dự thảo Nghị định quy định
# chi tiết ...", vneconomy.vn 2026-02-10; "Dự thảo Nghị định ... đang được Bộ Tư pháp thẩm định", dantri.com.vn 2026-03-06):
# the decree detailing the AI law, the high-risk list, the law's entry into force, DEFA, and neighbours that must not move
# (another decree, another list, the Assembly's other laws and resolutions of the day, other countries, plans). First run 45/49
# Vietnamese (97/108 with the Thai ones), 0 false certain moves.
VITH_CASES = [
    ("vn-ai-decree", "approval", ("adopted", C), "(Chinhphu.vn) - Chính phủ vừa ban hành Nghị định số "
                                                 "142/2026/NĐ-CP quy định chi tiết một số điều và biện pháp thi "
                                                 "hành Luật Trí tuệ nhân tạo.", date(2026, 4, 30)),
    ("vn-ai-decree", "approval", ("adopted", C), "Phó Thủ tướng Nguyễn Chí Dũng vừa ký Nghị định 142/2026/NĐ-CP "
                                                 "hướng dẫn Luật Trí tuệ nhân tạo.", date(2026, 4, 30)),
    ("vn-ai-decree", "adopted", ("expected", "in_force", "2026-05-01"), "Nghị định 142/2026/NĐ-CP có hiệu lực thi "
                                                                        "hành kể từ ngày 1/5/2026.", date(2026, 4, 30)),
    ("vn-ai-decree", "consultation", ("approval", C), "Theo Bộ Tư pháp, dự thảo Nghị định quy định chi tiết Luật "
                                                      "Trí tuệ nhân tạo đang được thẩm định.", date(2026, 3, 6)),
    ("vn-ai-decree", "drafting", ("consultation", C), "Dự thảo Nghị định hướng dẫn Luật Trí tuệ nhân tạo đang được "
                                                      "lấy ý kiến rộng rãi trên Cổng thông tin điện tử của Bộ Khoa "
                                                      "học và Công nghệ.", date(2026, 2, 10)),
    ("vn-ai-decree", "approval", None, "Chính phủ ban hành Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân."),
    ("vn-ai-decree", "approval", None, "Chính phủ ban hành Nghị định quy định chi tiết Luật Dữ liệu."),
    ("vn-ai-decree", "consultation", None, "Nghị định quy định chi tiết Luật Trí tuệ nhân tạo sẽ được ban hành "
                                           "trong thời gian tới."),
    ("vn-ai-decree", "approval", None, "Bộ Khoa học và Công nghệ kiến nghị lùi thời điểm ban hành Nghị định hướng "
                                       "dẫn Luật Trí tuệ nhân tạo."),
    ("vn-ai-high-risk-list", "consultation", ("adopted", C), "Thủ tướng Chính phủ vừa ký Quyết định số "
                                                             "33/2026/QĐ-TTg ban hành danh mục hệ thống trí tuệ "
                                                             "nhân tạo có rủi ro cao.", date(2026, 6, 30)),
    ("vn-ai-high-risk-list", "adopted", ("expected", "in_force", "2026-08-15"), "Quyết định ban hành danh mục hệ "
                                                                                "thống AI có rủi ro cao có hiệu lực "
                                                                                "từ ngày 15/8/2026.", date(2026, 7, 1)),
    ("vn-ai-high-risk-list", "adopted", ("in_force", C), "Từ hôm nay (15/8), danh mục hệ thống AI rủi ro cao chính "
                                                         "thức có hiệu lực.", date(2026, 8, 15)),
    ("vn-ai-high-risk-list", "drafting", ("consultation", C), "Lấy ý kiến dự thảo Quyết định ban hành danh mục hệ "
                                                              "thống AI có rủi ro cao", date(2026, 2, 9)),
    ("vn-ai-high-risk-list", "consultation", None, "Bộ Khoa học và Công nghệ dự kiến trình Thủ tướng ban hành danh "
                                                   "mục hệ thống AI có rủi ro cao trong quý II.", date(2026, 3, 1)),
    ("vn-ai-high-risk-list", "drafting", None, "Thủ tướng ban hành Quyết định phê duyệt Chiến lược quốc gia về "
                                               "nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo."),
    ("vn-ai-high-risk-list", "consultation", None, "Bộ Công Thương ban hành danh mục hàng hóa có rủi ro cao."),
    ("vn-ai-law", "adopted", ("in_force", C), "Sáng nay (1/3), Luật Trí tuệ nhân tạo chính thức có hiệu lực thi hành.",
     date(2026, 3, 1)),
    ("vn-ai-law", "approval", ("adopted", C), "Chiều 10/12, với 429/434 đại biểu tán thành, Quốc hội đã biểu quyết "
                                              "thông qua Luật Trí tuệ nhân tạo.", date(2025, 12, 10)),
    ("vn-ai-law", "approval", None, "Chiều 10/12, Quốc hội biểu quyết thông qua Luật Chuyển đổi số và Luật Công "
                                    "nghệ cao (sửa đổi); dự án Luật Trí tuệ nhân tạo sẽ được biểu quyết vào ngày "
                                    "11/12.", date(2025, 12, 10)),
    ("vn-ai-law", "approval", None, "Quốc hội thông qua Luật Công nghiệp công nghệ số, trong đó có một chương về "
                                    "trí tuệ nhân tạo.", date(2025, 6, 14)),
    ("vn-ai-law", "drafting", ("consultation", C), "Theo Bộ Khoa học và Công nghệ, dự thảo Luật Trí tuệ nhân tạo "
                                                   "đang được lấy ý kiến rộng rãi của nhân dân.", date(2025, 10, 7)),
    ("vn-ai-law", "drafting", None, "Bộ Khoa học và Công nghệ sẽ lấy ý kiến về dự thảo Luật Trí tuệ nhân tạo trong "
                                    "tháng tới.", date(2025, 9, 1)),
    ("vn-ai-law", "adopted", None, "Hàn Quốc: Luật cơ bản về AI chính thức có hiệu lực từ hôm nay", date(2026, 1, 22)),
    ("vn-ai-law", "adopted", None, "Nhật Bản ban hành luật thúc đẩy trí tuệ nhân tạo."),
    ("asean-defa", "approval", ("adopted", C), "Thủ tướng cùng lãnh đạo các nước ASEAN ký Hiệp định khung về kinh "
                                               "tế số ASEAN (DEFA)."),
    ("asean-defa", "drafting", ("approval", C), "Các Bộ trưởng Kinh tế ASEAN tuyên bố kết thúc đàm phán Hiệp định "
                                                "DEFA."),
    ("asean-defa", "approval", None, "Hội nghị Bộ trưởng Kinh tế ASEAN hoan nghênh tiến triển đàm phán Hiệp định "
                                     "DEFA."),
    ("asean-defa", "approval", None, "Hiệp định DEFA dự kiến được ký tại Hội nghị Cấp cao ASEAN lần thứ 49."),
    ("asean-defa", "approval", None, "Các Bộ trưởng Kỹ thuật số ASEAN thông qua Tuyên bố chung về trí tuệ nhân tạo."),
    ("vn-ai-decree", "consultation", None, "Thủ tướng yêu cầu khẩn trương ban hành Nghị định hướng dẫn Luật Trí tuệ "
                                           "nhân tạo.", date(2026, 3, 10)),
    ("vn-ai-decree", "consultation", ("approval", C), "Bộ Tư pháp đã hoàn thành thẩm định dự thảo Nghị định quy "
                                                      "định chi tiết Luật Trí tuệ nhân tạo.", date(2026, 3, 20)),
    ("vn-ai-decree", "approval", None, "Chính phủ ban hành Nghị định sửa đổi, bổ sung Nghị định 13/2023/NĐ-CP về "
                                       "bảo vệ dữ liệu cá nhân."),
    ("vn-ai-decree", "adopted", None, "Nghị định 142/2026/NĐ-CP: Doanh nghiệp phải thông báo hệ thống AI rủi ro cao "
                                      "trước khi đưa vào sử dụng", date(2026, 4, 30)),
    ("vn-ai-high-risk-list", "consultation", ("adopted", C), "Thủ tướng ban hành danh mục hệ thống AI rủi ro cao: y "
                                                             "tế, giáo dục, tài chính được chú ý", date(2026, 6, 30)),
    ("vn-ai-high-risk-list", "adopted", None, "Danh mục hệ thống AI có rủi ro cao sẽ được rà soát, cập nhật định kỳ "
                                              "hằng năm.", date(2026, 7, 1)),
    ("vn-ai-high-risk-list", "consultation", None, "Bộ Y tế ban hành danh mục thiết bị y tế có rủi ro cao."),
    ("vn-ai-law", "adopted", ("in_force", C), "(VietnamPlus) - Luật Trí tuệ nhân tạo chính thức có hiệu lực từ hôm "
                                              "nay, mở ra khuôn khổ pháp lý cho hoạt động AI tại Việt Nam.",
     date(2026, 3, 1)),
    ("vn-ai-law", "adopted", ("in_force", C), "Hôm nay (1/3), sáu luật chính thức có hiệu lực, trong đó có Luật Trí "
                                              "tuệ nhân tạo.", date(2026, 3, 1)),
    ("vn-ai-law", "adopted", None, "Hôm nay (1/3), Luật Dữ liệu chính thức có hiệu lực; Luật Trí tuệ nhân tạo vẫn "
                                   "đang được lấy ý kiến.", date(2026, 3, 1)),
    ("vn-ai-law", "approval", ("adopted", C), "Chiều 10/12, Quốc hội biểu quyết thông qua 8 luật, trong đó có Luật "
                                              "Trí tuệ nhân tạo.", date(2025, 12, 10)),
    ("vn-ai-law", "approval", None, "Ngày 10/12, Quốc hội thông qua Nghị quyết về thí điểm cơ chế đặc thù phát "
                                    "triển trí tuệ nhân tạo.", date(2025, 12, 10)),
    ("vn-ai-law", "approval", ("expected", "adopted", "2025-12-10"), "Quốc hội dự kiến biểu quyết thông qua Luật "
                                                                     "Trí tuệ nhân tạo vào chiều 10/12.",
     date(2025, 12, 8)),
    ("vn-ai-law", "consultation", ("approval", C), "Sáng 21/11, Bộ trưởng Nguyễn Mạnh Hùng trình Quốc hội dự án "
                                                   "Luật Trí tuệ nhân tạo.", date(2025, 11, 21)),
    ("asean-defa", "adopted", ("in_force", C), "Hiệp định DEFA chính thức có hiệu lực."),
    ("asean-defa", "adopted", None, "Hiệp định DEFA sẽ có hiệu lực sau khi tất cả các nước thành viên phê chuẩn."),
    # a decree's title runs on past its number over the law it details: the start is the decree's, never the law's (the
    # last one written while fixing: it was a certain in_force move of vn-ai-law)
    ("vn-ai-decree", "adopted", ("in_force", C), "Từ hôm nay (1/5), Nghị định 142/2026/NĐ-CP quy định chi tiết Luật "
                                                 "Trí tuệ nhân tạo chính thức có hiệu lực.", date(2026, 5, 1)),
    ("vn-ai-decree", "approval", ("in_force", C), "Ngày 30/4, Chính phủ ban hành Nghị định 142/2026/NĐ-CP quy định "
                                                  "chi tiết Luật Trí tuệ nhân tạo, có hiệu lực từ ngày 1/5/2026.",
     date(2026, 5, 2)),
    ("vn-ai-law", "adopted", None, "Từ hôm nay (1/5), Nghị định số 142/2026/NĐ-CP quy định chi tiết Luật Trí tuệ "
                                   "nhân tạo chính thức có hiệu lực.", date(2026, 5, 1)),
    # a status that lasts runs for a time: 'lấy ý kiến trong 60 ngày' (consulted on for 60 days) read as a delay was
    # nothing (a first-run miss); its near-misses, written before the rule ran, 3/3 on their first run
    ("vn-ai-decree", "drafting", ("consultation", C), "Dự thảo Nghị định quy định chi tiết Luật Trí tuệ nhân tạo "
                                                      "được đăng tải để lấy ý kiến trong 60 ngày.", date(2026, 2, 9)),
    ("vn-ai-law", "drafting", ("consultation", C), "Dự thảo Luật Trí tuệ nhân tạo được đăng tải để lấy ý kiến nhân "
                                                   "dân trong 60 ngày."),
    ("vn-ai-law", "drafting", None, "Bộ sẽ lấy ý kiến về dự thảo Luật Trí tuệ nhân tạo trong 2 tháng tới."),
    ("vn-ai-law", "adopted", None, "Luật Trí tuệ nhân tạo có hiệu lực trong 6 tháng."),
    # a third batch, written before it ran (Vietnamese first run 10/12, 2 false certain moves: 'chậm ban hành' (late in
    # being issued) was an adoption, 'có hiệu lực sau khi các nước thành viên phê chuẩn' (takes effect once ratified) an
    # entry into force)
    ("vn-ai-decree", "adopted", ("in_force", C), "Sáng 1/5, Nghị định 142/2026/NĐ-CP chính thức có hiệu lực.",
     date(2026, 5, 1)),
    ("vn-ai-decree", "consultation", None, "Nghị định hướng dẫn Luật Trí tuệ nhân tạo chậm ban hành so với kế hoạch.",
     date(2026, 4, 1)),
    ("vn-ai-high-risk-list", "adopted", ("in_force", C), "Quyết định số 33/2026/QĐ-TTg ban hành danh mục hệ thống "
                                                         "trí tuệ nhân tạo có rủi ro cao có hiệu lực từ hôm nay.",
     date(2026, 8, 15)),
    ("vn-ai-high-risk-list", "consultation", ("adopted", C), "Danh mục hệ thống AI có rủi ro cao gồm 46 loại hệ "
                                                             "thống được ban hành kèm theo Quyết định của Thủ tướng.",
     date(2026, 7, 1)),
    ("vn-ai-high-risk-list", "consultation", None, "Ngân hàng Nhà nước ban hành Thông tư hướng dẫn quản lý rủi ro "
                                                   "khi ứng dụng trí tuệ nhân tạo trong hoạt động ngân hàng."),
    ("vn-ai-decree", "consultation", None, "Ngân hàng Nhà nước ban hành Thông tư hướng dẫn quản lý rủi ro khi ứng "
                                           "dụng trí tuệ nhân tạo trong hoạt động ngân hàng."),
    ("vn-ai-law", "approval", None, "Hàn Quốc thông qua Luật cơ bản về trí tuệ nhân tạo."),
    ("vn-ai-law", "approval", ("in_force", C), "Luật Trí tuệ nhân tạo được Quốc hội thông qua ngày 10/12/2025 và có "
                                               "hiệu lực từ ngày 1/3/2026.", date(2026, 3, 5)),
    ("vn-ai-law", "approval", ("adopted", C), "Luật Trí tuệ nhân tạo được Quốc hội thông qua ngày 10/12/2025 và có "
                                              "hiệu lực từ ngày 1/3/2026.", date(2025, 12, 11)),
    ("asean-defa", "approval", None, "Việt Nam và Singapore ký Hiệp định Đối tác kinh tế số."),
    ("asean-defa", "approval", ("adopted", C), "Sau 2 năm đàm phán, ASEAN chính thức ký Hiệp định DEFA."),
    ("asean-defa", "approval", ("adopted", C), "Hiệp định DEFA được ký kết, có hiệu lực sau khi các nước thành viên "
                                               "phê chuẩn."),
    # a fourth batch, headlines over leads and press furniture ('(Chinhphu.vn) -', 'Tin liên quan:'), written before it
    # ran: first run 12/12 (with the Thai ones 22/25, 1 false certain move, Thai)
    ("vn-ai-decree", "approval", ("adopted", C), "Ban hành Nghị định hướng dẫn Luật Trí tuệ nhân tạo\n(Chinhphu.vn) "
                                                 "- Phó Thủ tướng Nguyễn Chí Dũng vừa ký Nghị định số "
                                                 "142/2026/NĐ-CP quy định chi tiết một số điều và biện pháp thi "
                                                 "hành Luật Trí tuệ nhân tạo.", date(2026, 4, 30)),
    ("vn-ai-decree", "approval", None, "Sắp ban hành Nghị định hướng dẫn Luật Trí tuệ nhân tạo\nBộ Khoa học và Công "
                                       "nghệ đang hoàn thiện hồ sơ dự thảo Nghị định để trình Chính phủ trong tháng "
                                       "4.", date(2026, 3, 20)),
    ("vn-ai-high-risk-list", "consultation", ("adopted", C), "Thủ tướng ban hành danh mục hệ thống AI rủi ro "
                                                             "cao\nTheo Quyết định số 33/2026/QĐ-TTg, danh mục gồm "
                                                             "các hệ thống AI dùng trong y tế, giáo dục, tuyển dụng "
                                                             "và tín dụng.", date(2026, 6, 30)),
    ("vn-ai-high-risk-list", "consultation", None, "Bộ Khoa học và Công nghệ đề xuất danh mục hệ thống AI rủi ro "
                                                   "cao gồm 46 nhóm.", date(2026, 3, 1)),
    ("vn-ai-law", "adopted", ("in_force", C), "Những điểm mới nổi bật của Luật Trí tuệ nhân tạo có hiệu lực từ hôm "
                                              "nay\nSáng 1/3, Luật Trí tuệ nhân tạo chính thức có hiệu lực thi hành.",
     date(2026, 3, 1)),
    ("vn-ai-law", "adopted", None, "Doanh nghiệp cần làm gì khi Luật Trí tuệ nhân tạo có hiệu lực?", date(2026, 2, 20)),
    ("vn-ai-law", "approval", ("adopted", C), "Quốc hội thông qua Luật Trí tuệ nhân tạo\nTin liên quan: Quốc hội "
                                              "thảo luận dự án Luật Trí tuệ nhân tạo\nChiều 10/12, Quốc hội đã biểu "
                                              "quyết thông qua Luật Trí tuệ nhân tạo.", date(2025, 12, 10)),
    ("vn-ai-law", "consultation", None, "Tuần tới, Quốc hội thảo luận dự án Luật Trí tuệ nhân tạo.",
     date(2025, 11, 14)),
    ("vn-ai-decree", "consultation", None, "Bộ Tư pháp sẽ thẩm định dự thảo Nghị định hướng dẫn Luật Trí tuệ nhân "
                                           "tạo trong tháng 3.", date(2026, 2, 20)),
    ("vn-ai-decree", "consultation", None, "Chính phủ họp chuyên đề xây dựng pháp luật, cho ý kiến về nhiều dự thảo "
                                           "nghị định về chuyển đổi số."),
    ("asean-defa", "approval", ("adopted", C), "ASEAN ký Hiệp định DEFA\nTại Hội nghị Cấp cao ASEAN lần thứ 49, lãnh "
                                               "đạo 10 nước đã ký Hiệp định khung về kinh tế số ASEAN."),
    ("asean-defa", "approval", None, "ASEAN sắp ký Hiệp định DEFA\nHiệp định khung về kinh tế số ASEAN dự kiến được "
                                     "ký tại Hội nghị Cấp cao tháng tới."),
]


@pytest.mark.parametrize("case", VITH_CASES)
def test_vietnamese_press(case: tuple) -> None:
    milestone, current, expected, text, *published = case
    assert outcome(milestone, text, current, *published) == expected
