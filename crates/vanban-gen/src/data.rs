//! Fixed vocabulary: the 63 provinces (before the 2025 merger) with their capital cities,
//! syllables for district names, topics, task sentences and agencies.

/// A province-level unit: `(name, centrally-run city?, capital city)`.
pub const PROVINCES: &[(&str, bool, &str)] = &[
    ("Hà Nội", true, "Hà Đông"),
    ("Hồ Chí Minh", true, "Thủ Đức"),
    ("Hải Phòng", true, "Thủy Nguyên"),
    ("Đà Nẵng", true, "Hải Châu"),
    ("Cần Thơ", true, "Ninh Kiều"),
    ("An Giang", false, "Long Xuyên"),
    ("Bà Rịa - Vũng Tàu", false, "Vũng Tàu"),
    ("Bắc Giang", false, "Bắc Giang"),
    ("Bắc Kạn", false, "Bắc Kạn"),
    ("Bạc Liêu", false, "Bạc Liêu"),
    ("Bắc Ninh", false, "Bắc Ninh"),
    ("Bến Tre", false, "Bến Tre"),
    ("Bình Định", false, "Quy Nhơn"),
    ("Bình Dương", false, "Thủ Dầu Một"),
    ("Bình Phước", false, "Đồng Xoài"),
    ("Bình Thuận", false, "Phan Thiết"),
    ("Cà Mau", false, "Cà Mau"),
    ("Cao Bằng", false, "Cao Bằng"),
    ("Đắk Lắk", false, "Buôn Ma Thuột"),
    ("Đắk Nông", false, "Gia Nghĩa"),
    ("Điện Biên", false, "Điện Biên Phủ"),
    ("Đồng Nai", false, "Biên Hòa"),
    ("Đồng Tháp", false, "Cao Lãnh"),
    ("Gia Lai", false, "Pleiku"),
    ("Hà Giang", false, "Hà Giang"),
    ("Hà Nam", false, "Phủ Lý"),
    ("Hà Tĩnh", false, "Hà Tĩnh"),
    ("Hải Dương", false, "Hải Dương"),
    ("Hậu Giang", false, "Vị Thanh"),
    ("Hòa Bình", false, "Hòa Bình"),
    ("Hưng Yên", false, "Hưng Yên"),
    ("Khánh Hòa", false, "Nha Trang"),
    ("Kiên Giang", false, "Rạch Giá"),
    ("Kon Tum", false, "Kon Tum"),
    ("Lai Châu", false, "Lai Châu"),
    ("Lâm Đồng", false, "Đà Lạt"),
    ("Lạng Sơn", false, "Lạng Sơn"),
    ("Lào Cai", false, "Lào Cai"),
    ("Long An", false, "Tân An"),
    ("Nam Định", false, "Nam Định"),
    ("Nghệ An", false, "Vinh"),
    ("Ninh Bình", false, "Ninh Bình"),
    ("Ninh Thuận", false, "Phan Rang - Tháp Chàm"),
    ("Phú Thọ", false, "Việt Trì"),
    ("Phú Yên", false, "Tuy Hòa"),
    ("Quảng Bình", false, "Đồng Hới"),
    ("Quảng Nam", false, "Tam Kỳ"),
    ("Quảng Ngãi", false, "Quảng Ngãi"),
    ("Quảng Ninh", false, "Hạ Long"),
    ("Quảng Trị", false, "Đông Hà"),
    ("Sóc Trăng", false, "Sóc Trăng"),
    ("Sơn La", false, "Sơn La"),
    ("Tây Ninh", false, "Tây Ninh"),
    ("Thái Bình", false, "Thái Bình"),
    ("Thái Nguyên", false, "Thái Nguyên"),
    ("Thanh Hóa", false, "Thanh Hóa"),
    ("Thừa Thiên Huế", false, "Huế"),
    ("Tiền Giang", false, "Mỹ Tho"),
    ("Trà Vinh", false, "Trà Vinh"),
    ("Tuyên Quang", false, "Tuyên Quang"),
    ("Vĩnh Long", false, "Vĩnh Long"),
    ("Vĩnh Phúc", false, "Vĩnh Yên"),
    ("Yên Bái", false, "Yên Bái"),
];

/// First syllables of district names.
pub const DISTRICT_A: &[&str] = &[
    "Châu", "Tân", "Phú", "Yên", "Thanh", "Vĩnh", "Hòa", "Đông", "Tây", "Long", "Mỹ", "An", "Bình",
    "Quế", "Duy", "Tam", "Lục", "Văn", "Hàm", "Đại", "Kim", "Cẩm", "Gia", "Hoài", "Krông", "Cái",
    "Lạc", "Thạch", "Quỳnh", "Đức",
];

/// Second syllables of district names.
pub const DISTRICT_B: &[&str] = &[
    "Thành", "Lạc", "Lập", "Lương", "Từ", "Sơn", "Xuyên", "Nông", "Yên", "Bình", "Hưng", "Phong",
    "Thuận", "Hòa", "Lộc", "Điền", "Khê", "Giang", "Minh", "Nhơn", "Pắc", "Nước", "Thủy", "Trạch",
    "Phước",
];

/// What a campaign is about (the `về …` of the central directive).
pub const TOPICS: &[&str] = &[
    "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”",
    "tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới",
    "tăng cường công tác thanh tra, kiểm tra, giám sát hoạt động công vụ; tăng cường kỷ luật, kỷ cương hành chính nhà nước các cấp",
    "đẩy mạnh chuyển đổi số quốc gia, phát triển chính quyền số, kinh tế số và xã hội số",
    "phát triển nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045",
    "tiếp tục thực hiện chiến lược phát triển bền vững kinh tế biển Việt Nam",
    "đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa",
    "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực",
    "xây dựng và phát huy giá trị văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước",
    "tiếp tục đẩy mạnh công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân trong tình hình mới",
    "sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "tăng cường bảo đảm trật tự, an toàn giao thông và phòng, chống ùn tắc giao thông",
];

/// Agencies of a province (province level).
pub const AGENCIES_PROVINCE: &[&str] = &[
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tư pháp",
    "Sở Thông tin và Truyền thông",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Tài nguyên và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Lao động - Thương binh và Xã hội",
    "Thanh tra tỉnh",
    "Văn phòng UBND tỉnh",
    "Công an tỉnh",
    "Sở Giao thông vận tải",
    "Sở Công Thương",
    "Sở Xây dựng",
];

/// Agencies of a district.
pub const AGENCIES_DISTRICT: &[&str] = &[
    "Phòng Nội vụ",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Tư pháp",
    "Phòng Văn hóa và Thông tin",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Y tế",
    "Phòng Tài nguyên và Môi trường",
    "Thanh tra huyện",
    "Văn phòng HĐND và UBND",
    "Công an huyện",
    "Phòng Kinh tế và Hạ tầng",
    "Phòng Lao động - Thương binh và Xã hội",
];

/// Party boards of a province.
pub const PARTY_BOARDS: &[&str] = &[
    "Ban Tổ chức Tỉnh ủy",
    "Ban Tuyên giáo Tỉnh ủy",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy",
    "Ban Nội chính Tỉnh ủy",
    "Văn phòng Tỉnh ủy",
    "Đảng đoàn Hội đồng nhân dân tỉnh",
    "Ban cán sự đảng UBND tỉnh",
];

/// Verb phrases that open a task (an item or a point).
pub const TASK_HEADS: &[&str] = &[
    "Tổ chức nghiên cứu, quán triệt, tuyên truyền sâu rộng nội dung",
    "Tiếp tục đổi mới, nâng cao chất lượng công tác chính trị, tư tưởng",
    "Nâng cao hiệu lực, hiệu quả công tác kiểm tra, giám sát",
    "Đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính",
    "Xây dựng đội ngũ cán bộ, công chức, viên chức có phẩm chất, năng lực, uy tín",
    "Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động công vụ",
    "Kiện toàn tổ chức bộ máy, tinh giản biên chế gắn với cơ cấu lại đội ngũ",
    "Thực hành tiết kiệm, chống lãng phí trong quản lý, sử dụng ngân sách nhà nước",
    "Phát huy vai trò giám sát của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và Nhân dân",
    "Tăng cường công tác phòng, chống tham nhũng, tiêu cực trong nội bộ",
    "Nâng cao chất lượng sinh hoạt chi bộ, thực hiện nghiêm nguyên tắc tập trung dân chủ",
    "Rà soát, sửa đổi, bổ sung, hoàn thiện hệ thống quy chế, quy định",
];

/// Body sentences (tasks and their elaboration).
pub const SENTENCES: &[&str] = &[
    "Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, chính quyền, cán bộ, công chức, viên chức và người lao động về ý nghĩa, tầm quan trọng của nhiệm vụ này.",
    "Xác định rõ nội dung, nhiệm vụ chủ yếu để các sở, ban, ngành và các địa phương tập trung chỉ đạo và tổ chức thực hiện đồng bộ, hiệu quả.",
    "Phân công cụ thể, xác định rõ trách nhiệm và tiến độ thời gian trong triển khai các chương trình, đề án, nhiệm vụ, giải pháp.",
    "Kịp thời phát hiện, xử lý nghiêm các biểu hiện tham nhũng, tiêu cực, nhũng nhiễu, suy thoái về tư tưởng chính trị, đạo đức, lối sống.",
    "Thường xuyên rà soát, đánh giá kết quả thực hiện, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình tổ chức thực hiện.",
    "Đề cao vai trò, trách nhiệm tiền phong, gương mẫu, nêu gương của người đứng đầu các cấp, các ngành, cơ quan, đơn vị.",
    "Tăng cường kỷ luật, kỷ cương hành chính; chấn chỉnh tác phong, lề lối làm việc của cán bộ, công chức, viên chức trong thực thi công vụ.",
    "Đẩy mạnh ứng dụng công nghệ thông tin, xây dựng cơ sở dữ liệu dùng chung, kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước.",
    "Công khai, minh bạch hoạt động của cơ quan hành chính nhà nước; tạo thuận lợi cho người dân, doanh nghiệp trong giải quyết thủ tục hành chính.",
    "Kiên quyết khắc phục tình trạng né tránh, đùn đẩy trách nhiệm, tâm lý e dè, sợ sai, sợ trách nhiệm, không dám tham mưu, đề xuất xử lý công việc.",
    "Tổ chức đối thoại với người dân, doanh nghiệp khi có khó khăn, vướng mắc để kịp thời giải quyết triệt để, dứt điểm các phản ánh, kiến nghị.",
    "Bảo đảm nguồn lực, kinh phí thực hiện từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn vốn hợp pháp khác.",
    "Tiếp tục sắp xếp, kiện toàn tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; thực hiện tinh giản biên chế theo lộ trình.",
    "Tăng cường công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng, Cổng thông tin điện tử và mạng xã hội.",
    "Nâng cao chất lượng tham mưu, đề xuất của các cơ quan chuyên môn; đổi mới phương thức chỉ đạo, điều hành theo hướng sát cơ sở.",
    "Quan tâm đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ, lý luận chính trị cho đội ngũ cán bộ, công chức, viên chức.",
    "Thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở, không để phát sinh điểm nóng.",
    "Kết hợp chặt chẽ giữa kiểm tra, giám sát thường xuyên với kiểm tra, giám sát chuyên đề, đột xuất khi có dấu hiệu vi phạm.",
    "Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý hằng năm gắn với kết quả thực hiện nhiệm vụ.",
    "Định kỳ sơ kết, tổng kết, rút kinh nghiệm; biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu.",
];

/// Deadlines written in parentheses at the end of a task.
pub const DEADLINES: &[&str] = &[
    "(thực hiện thường xuyên)",
    "(Quý I/{y})",
    "(Quý II/{y})",
    "(Quý III/{y})",
    "(Quý IV/{y})",
    "(năm {y})",
    "(từ năm {y})",
    "(trước ngày 15/11 hằng năm)",
    "(trước ngày 15/12/{y})",
    "(tháng 6/{y})",
];

/// Family names, middle names and given names for signers.
pub const NAMES: (&[&str], &[&str], &[&str]) = (
    &[
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương",
    ],
    &[
        "Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Công",
    ],
    &[
        "Tùng", "Sơn", "Thành", "Hùng", "Lan", "Hương", "Dũng", "Nam", "Bình", "Phong", "Hải",
        "Tuấn", "Mai", "Long",
    ],
);

/// Central documents merely cited in bodies (never implemented by generated plans). Their
/// numbers are outside the ranges the generator gives its own central directives.
pub const NOISE_CITES: &[&str] = &[
    "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng",
    "Chỉ thị số 27/CT-TTg ngày 08/9/2016 của Thủ tướng Chính phủ",
    "Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII",
    "Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ",
    "Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo",
    "Luật Thanh tra năm 2022",
];
