package vn.hopso.meeting.demo;

import java.io.IOException;
import java.util.List;
import vn.hopso.meeting.print.PdfPageWriter;
import vn.hopso.meeting.print.PdfPageWriter.Align;
import vn.hopso.meeting.print.PrintedPdf;

/**
 * The papers of the demo session, drawn as the secretariat would receive them from the provincial people's committee
 * and the council's committees: a submission (tờ trình) with its budget table, the draft resolution, the committee's
 * verification report, and the socio-economic report. Fictional province, fictional figures.
 */
final class DemoPapers {

    /** One paper: the name it is uploaded under and its drawn content. */
    record Paper(String fileName, byte[] pdf) {
    }

    private static final String COMMITTEE = "ỦY BAN NHÂN DÂN TỈNH LAM SƠN";
    private static final String COUNCIL = "HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN";
    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO_LINE = "Độc lập – Tự do – Hạnh phúc";

    private static final float[] TABLE_STARTS = {PdfPageWriter.LEFT, PdfPageWriter.LEFT + 28,
            PdfPageWriter.LEFT + 300, PdfPageWriter.LEFT + 380};
    private static final float[] TABLE_WIDTHS = {26, 270, 78, PdfPageWriter.WIDTH - 380};
    private static final Align[] TABLE_ALIGNS = {Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT};

    private final PrintedPdf printed;

    DemoPapers(PrintedPdf printed) {
        this.printed = printed;
    }

    Paper submission() {
        String title = "Tờ trình về dự toán ngân sách địa phương năm 2027";
        return new Paper("Tờ trình số 125 – Dự toán ngân sách 2027.pdf", printed.render(title, page -> {
            header(page, COMMITTEE, "Số: 125/TTr-UBND", "Lam Sơn, ngày 20 tháng 11 năm 2026");
            heading(page, "TỜ TRÌNH", "Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương "
                    + "và phương án phân bổ ngân sách tỉnh năm 2027");
            page.paragraph("Kính gửi: Hội đồng nhân dân tỉnh Lam Sơn khóa XI, kỳ họp thứ năm.", page.bold(),
                    PdfPageWriter.TEXT, Align.CENTRE);
            page.space(8);
            text(page, "Căn cứ Luật Tổ chức chính quyền địa phương; Luật Ngân sách nhà nước và các văn bản hướng dẫn "
                    + "thi hành; căn cứ Quyết định của Thủ tướng Chính phủ về việc giao dự toán ngân sách nhà nước năm "
                    + "2027, Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh dự toán ngân sách địa phương năm 2027 "
                    + "như sau.");
            section(page, "I. ĐÁNH GIÁ THỰC HIỆN DỰ TOÁN NGÂN SÁCH NĂM 2026");
            text(page, "Thu ngân sách nhà nước trên địa bàn năm 2026 ước đạt 18.650 tỷ đồng, bằng 107,4% dự toán Hội "
                    + "đồng nhân dân tỉnh giao và tăng 9,2% so với năm 2025. Thu nội địa ước đạt 16.210 tỷ đồng; thu "
                    + "từ hoạt động xuất nhập khẩu ước đạt 2.440 tỷ đồng. Một số khoản thu đạt thấp: thu tiền sử dụng "
                    + "đất bằng 82% dự toán do thị trường bất động sản phục hồi chậm; thu từ khu vực doanh nghiệp có "
                    + "vốn đầu tư nước ngoài bằng 91% dự toán.");
            text(page, "Chi ngân sách địa phương ước thực hiện 24.980 tỷ đồng, bằng 98,6% dự toán, bảo đảm các nhiệm vụ "
                    + "chi thường xuyên, an sinh xã hội, quốc phòng, an ninh và trả nợ đến hạn. Giải ngân vốn đầu tư "
                    + "công đến ngày 31 tháng 10 năm 2026 đạt 71,3% kế hoạch; Ủy ban nhân dân tỉnh đã chỉ đạo các chủ "
                    + "đầu tư đẩy nhanh tiến độ, phấn đấu giải ngân trên 95% kế hoạch vốn trước ngày 31 tháng 01 năm "
                    + "2027.");
            section(page, "II. DỰ TOÁN NGÂN SÁCH ĐỊA PHƯƠNG NĂM 2027");
            text(page, "Dự toán được xây dựng trên cơ sở tăng trưởng kinh tế dự kiến 8,0%, tiếp tục cơ cấu lại chi "
                    + "ngân sách theo hướng tăng chi đầu tư phát triển, triệt để tiết kiệm chi thường xuyên, dành "
                    + "nguồn thực hiện cải cách tiền lương và các chính sách an sinh xã hội.");
            table(page, List.of(
                    List.of("TT", "Nội dung", "Dự toán 2027", "So sánh"),
                    List.of("A", "Tổng thu ngân sách nhà nước trên địa bàn", "19.800", "106,2%"),
                    List.of("1", "Thu nội địa", "17.250", "106,4%"),
                    List.of("2", "Thu từ hoạt động xuất nhập khẩu", "2.550", "104,5%"),
                    List.of("B", "Tổng chi ngân sách địa phương", "26.420", "105,8%"),
                    List.of("1", "Chi đầu tư phát triển", "8.960", "112,3%"),
                    List.of("2", "Chi thường xuyên", "16.380", "102,9%"),
                    List.of("", "trong đó: giáo dục, đào tạo và dạy nghề", "6.120", "104,0%"),
                    List.of("", "trong đó: khoa học và công nghệ", "214", "118,9%"),
                    List.of("3", "Chi trả nợ lãi các khoản vay", "46", "92,0%"),
                    List.of("4", "Dự phòng ngân sách", "520", "104,0%"),
                    List.of("5", "Chi tạo nguồn cải cách tiền lương", "514", "—")));
            page.paragraph("Đơn vị tính: tỷ đồng.", page.regular(), 11, Align.RIGHT);
            section(page, "III. PHƯƠNG ÁN PHÂN BỔ NGÂN SÁCH CẤP TỈNH");
            text(page, "Ngân sách cấp tỉnh năm 2027 được phân bổ theo nguyên tắc, tiêu chí và định mức đã được Hội "
                    + "đồng nhân dân tỉnh thông qua cho thời kỳ ổn định ngân sách 2026–2030. Chi đầu tư phát triển "
                    + "tập trung cho các công trình chuyển tiếp, tuyến đường kết nối các huyện miền núi với trung tâm "
                    + "tỉnh, hạ tầng y tế cơ sở và trường học đạt chuẩn quốc gia; không bố trí vốn cho dự án khởi công "
                    + "mới khi chưa đủ thủ tục đầu tư.");
            text(page, "Bổ sung cân đối cho ngân sách cấp huyện 5.870 tỷ đồng; bổ sung có mục tiêu 1.240 tỷ đồng để "
                    + "thực hiện các chương trình mục tiêu quốc gia về xây dựng nông thôn mới, giảm nghèo bền vững và "
                    + "phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi.");
            section(page, "IV. GIẢI PHÁP ĐIỀU HÀNH NGÂN SÁCH");
            for (String measure : List.of(
                    "Tăng cường quản lý thu, chống thất thu, xử lý nợ đọng thuế; đẩy mạnh hóa đơn điện tử và thanh "
                            + "toán không dùng tiền mặt trong thu ngân sách.",
                    "Điều hành chi trong phạm vi dự toán; tiết kiệm thêm 10% chi thường xuyên tăng thêm so với năm "
                            + "2026 để tạo nguồn cải cách tiền lương.",
                    "Công khai dự toán và kết quả thực hiện theo quy định; Sở Tài chính báo cáo Thường trực Hội đồng "
                            + "nhân dân tỉnh hằng quý tình hình thực hiện dự toán.",
                    "Chủ động sử dụng dự phòng ngân sách cho phòng, chống thiên tai, dịch bệnh và các nhiệm vụ cấp bách "
                            + "phát sinh; báo cáo Hội đồng nhân dân tỉnh tại kỳ họp gần nhất.")) {
                text(page, "– " + measure);
            }
            text(page, "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.");
            signature(page, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Minh Đức");
        }));
    }

    Paper draftResolution() {
        String title = "Dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2027";
        return new Paper("Dự thảo Nghị quyết – Dự toán ngân sách 2027.pdf", printed.render(title, page -> {
            header(page, COUNCIL, "Số:     /NQ-HĐND", "Lam Sơn, ngày    tháng 12 năm 2026");
            page.paragraph("DỰ THẢO", page.bold(), 12, Align.RIGHT);
            heading(page, "NGHỊ QUYẾT", "Về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa "
                    + "phương và phân bổ ngân sách tỉnh năm 2027");
            page.paragraph("HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN", page.bold(), PdfPageWriter.TEXT, Align.CENTRE);
            page.paragraph("KHÓA XI, KỲ HỌP THỨ NĂM", page.bold(), PdfPageWriter.TEXT, Align.CENTRE);
            page.space(8);
            text(page, "Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Luật Ngân sách nhà nước;");
            text(page, "Xét Tờ trình số 125/TTr-UBND ngày 20 tháng 11 năm 2026 của Ủy ban nhân dân tỉnh; Báo cáo thẩm "
                    + "tra của Ban Kinh tế – Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng "
                    + "nhân dân tỉnh tại kỳ họp.");
            page.paragraph("QUYẾT NGHỊ:", page.bold(), PdfPageWriter.TEXT, Align.CENTRE);
            page.space(4);
            article(page, "Điều 1.", "Dự toán thu ngân sách nhà nước trên địa bàn năm 2027 là 19.800 tỷ đồng, trong "
                    + "đó thu nội địa 17.250 tỷ đồng, thu từ hoạt động xuất nhập khẩu 2.550 tỷ đồng.");
            article(page, "Điều 2.", "Dự toán chi ngân sách địa phương năm 2027 là 26.420 tỷ đồng, trong đó chi đầu "
                    + "tư phát triển 8.960 tỷ đồng; chi thường xuyên 16.380 tỷ đồng; chi trả nợ lãi 46 tỷ đồng; dự "
                    + "phòng ngân sách 520 tỷ đồng; chi tạo nguồn cải cách tiền lương 514 tỷ đồng.");
            article(page, "Điều 3.", "Phân bổ ngân sách cấp tỉnh và mức bổ sung cho ngân sách cấp huyện theo các phụ "
                    + "lục kèm theo Nghị quyết này. Chi giáo dục, đào tạo và dạy nghề, chi khoa học và công nghệ không "
                    + "thấp hơn mức Trung ương giao.");
            article(page, "Điều 4.", "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; giao dự toán cho các cơ "
                    + "quan, đơn vị và địa phương trước ngày 31 tháng 12 năm 2026; báo cáo kết quả thực hiện tại các kỳ "
                    + "họp thường lệ của Hội đồng nhân dân tỉnh.");
            article(page, "Điều 5.", "Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội "
                    + "đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.");
            text(page, "Nghị quyết này được Hội đồng nhân dân tỉnh Lam Sơn khóa XI, kỳ họp thứ năm thông qua ngày    "
                    + "tháng 12 năm 2026 và có hiệu lực từ ngày 01 tháng 01 năm 2027./.");
            signature(page, "", "CHỦ TỊCH", "");
        }));
    }

    Paper verificationReport() {
        String title = "Báo cáo thẩm tra dự toán ngân sách địa phương năm 2027";
        return new Paper("Báo cáo thẩm tra – Ban Kinh tế – Ngân sách.pdf", printed.render(title, page -> {
            header(page, COUNCIL + " – BAN KINH TẾ – NGÂN SÁCH", "Số: 48/BC-KTNS", "Lam Sơn, ngày 28 tháng 11 năm 2026");
            heading(page, "BÁO CÁO THẨM TRA", "Tờ trình về dự toán ngân sách địa phương năm 2027");
            text(page, "Thực hiện sự phân công của Thường trực Hội đồng nhân dân tỉnh, Ban Kinh tế – Ngân sách đã tổ chức "
                    + "thẩm tra Tờ trình số 125/TTr-UBND của Ủy ban nhân dân tỉnh, làm việc với Sở Tài chính, Cục Thuế "
                    + "và khảo sát tại ba huyện. Ban báo cáo kết quả thẩm tra như sau.");
            section(page, "1. Về dự toán thu");
            text(page, "Ban thống nhất với dự toán thu 19.800 tỷ đồng. Tuy nhiên, dự toán thu tiền sử dụng đất 2.100 tỷ "
                    + "đồng là cao so với khả năng thực hiện năm 2026; đề nghị Ủy ban nhân dân tỉnh rà soát danh mục "
                    + "khu đất đấu giá, chỉ bố trí chi từ nguồn này khi đã có nguồn thu thực tế.");
            section(page, "2. Về dự toán chi");
            text(page, "Ban tán thành việc tăng chi đầu tư phát triển lên 8.960 tỷ đồng. Đề nghị ưu tiên vốn cho công "
                    + "trình chuyển tiếp và trả nợ đọng xây dựng cơ bản; không phân bổ vốn cho dự án chưa đủ thủ tục. "
                    + "Chi sự nghiệp giáo dục bảo đảm mức Trung ương giao, nhưng cần làm rõ nguồn kinh phí thực hiện "
                    + "chính sách hỗ trợ học phí năm học 2027–2028.");
            section(page, "3. Kiến nghị");
            for (String point : List.of(
                    "Công khai danh mục dự án được bố trí vốn và tiến độ giải ngân theo từng quý.",
                    "Báo cáo Hội đồng nhân dân tỉnh việc sử dụng dự phòng ngân sách năm 2026 trước kỳ họp giữa năm 2027.",
                    "Sửa Điều 3 của dự thảo Nghị quyết: nêu rõ mức chi khoa học và công nghệ tối thiểu bằng 0,8% tổng "
                            + "chi ngân sách địa phương.")) {
                text(page, "– " + point);
            }
            text(page, "Ban Kinh tế – Ngân sách đề nghị Hội đồng nhân dân tỉnh xem xét, thông qua Nghị quyết với các "
                    + "nội dung đã tiếp thu, chỉnh lý./.");
            signature(page, "TM. BAN KINH TẾ – NGÂN SÁCH", "TRƯỞNG BAN", "Hoàng Thị Lan");
        }));
    }

    Paper socioEconomicReport() {
        String title = "Báo cáo tình hình kinh tế – xã hội năm 2026";
        return new Paper("Báo cáo kinh tế – xã hội năm 2026.pdf", printed.render(title, page -> {
            header(page, COMMITTEE, "Số: 311/BC-UBND", "Lam Sơn, ngày 18 tháng 11 năm 2026");
            heading(page, "BÁO CÁO", "Tình hình kinh tế – xã hội năm 2026, mục tiêu, nhiệm vụ và giải pháp năm 2027");
            section(page, "I. KẾT QUẢ NĂM 2026");
            text(page, "Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,6%, vượt kế hoạch; GRDP bình quân đầu người ước "
                    + "đạt 92,4 triệu đồng. Sản xuất nông nghiệp ổn định, sản lượng lương thực đạt 1,12 triệu tấn. "
                    + "Giá trị sản xuất công nghiệp tăng 11,3%; kim ngạch xuất khẩu đạt 3,8 tỷ USD.");
            text(page, "Có thêm 14 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ nghèo "
                    + "giảm còn 2,9%. Tỷ lệ trường đạt chuẩn quốc gia đạt 78,5%; 100% trạm y tế xã có bác sĩ.");
            section(page, "II. MỤC TIÊU NĂM 2027");
            text(page, "Tốc độ tăng GRDP 8,0%; tổng vốn đầu tư toàn xã hội 62.000 tỷ đồng; tỷ lệ hộ nghèo giảm 0,8 "
                    + "điểm phần trăm; tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%; hoàn thành chuyển đổi số trong "
                    + "giải quyết thủ tục hành chính cấp xã.");
            signature(page, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Minh Đức");
        }));
    }

    private static void header(PdfPageWriter page, String issuer, String number, String placeAndDate)
            throws IOException {
        float half = PdfPageWriter.WIDTH / 2;
        float top = page.position();
        page.paragraph(issuer, page.bold(), 11, Align.CENTRE, PdfPageWriter.LEFT, half - 6);
        page.paragraph(number, page.regular(), 11, Align.CENTRE, PdfPageWriter.LEFT, half - 6);
        float left = page.position();
        page.moveTo(top);
        page.paragraph(MOTTO, page.bold(), 11, Align.CENTRE, PdfPageWriter.LEFT + half, half);
        page.paragraph(MOTTO_LINE, page.bold(), 12, Align.CENTRE, PdfPageWriter.LEFT + half, half);
        page.paragraph(placeAndDate, page.regular(), 11, Align.CENTRE, PdfPageWriter.LEFT + half, half);
        page.moveTo(Math.min(left, page.position()));
        page.space(18);
    }

    private static void heading(PdfPageWriter page, String kind, String about) throws IOException {
        page.paragraph(kind, page.bold(), 14, Align.CENTRE);
        page.paragraph(about, page.bold(), PdfPageWriter.TEXT, Align.CENTRE);
        page.space(12);
    }

    private static void section(PdfPageWriter page, String title) throws IOException {
        page.space(6);
        page.paragraph(title, page.bold(), PdfPageWriter.TEXT, Align.LEFT);
    }

    private static void text(PdfPageWriter page, String paragraph) throws IOException {
        page.paragraph(paragraph, page.regular(), PdfPageWriter.TEXT, Align.LEFT);
        page.space(4);
    }

    private static void article(PdfPageWriter page, String number, String body) throws IOException {
        page.paragraph(number + " " + body, page.regular(), PdfPageWriter.TEXT, Align.LEFT);
        page.space(4);
    }

    private static void table(PdfPageWriter page, List<List<String>> rows) throws IOException {
        page.space(4);
        for (int i = 0; i < rows.size(); i++) {
            page.cells(rows.get(i), i == 0 ? page.bold() : page.regular(), 12, TABLE_STARTS, TABLE_WIDTHS,
                    TABLE_ALIGNS);
            if (i == 0) {
                page.rule(PdfPageWriter.LEFT, PdfPageWriter.WIDTH);
            }
        }
        page.space(4);
    }

    private static void signature(PdfPageWriter page, String onBehalf, String office, String name)
            throws IOException {
        float column = PdfPageWriter.WIDTH / 2;
        page.room(PdfPageWriter.lineHeight(PdfPageWriter.TEXT) * 6);
        page.space(12);
        float right = PdfPageWriter.LEFT + column;
        if (!onBehalf.isEmpty()) {
            page.paragraph(onBehalf, page.bold(), PdfPageWriter.TEXT, Align.CENTRE, right, column);
        }
        page.paragraph(office, page.bold(), PdfPageWriter.TEXT, Align.CENTRE, right, column);
        page.space(PdfPageWriter.lineHeight(PdfPageWriter.TEXT) * 3);
        if (!name.isEmpty()) {
            page.paragraph(name, page.bold(), PdfPageWriter.TEXT, Align.CENTRE, right, column);
        }
    }
}
