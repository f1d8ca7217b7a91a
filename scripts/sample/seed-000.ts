// Facts of seed 000 (Kế hoạch 17/KH-UBND ngày 02/3/2023, UBND huyện Trà Cú), written as the seed writes them.
// Section numbers refer to the seed. Spelling mistakes of the seed are kept on purpose.

/** The 15 communes, in the order the sample lists them (seed II.2.2 and III.1.1). */
export const COMMUNES = [
  'Ngãi Xuyên',
  'Kim Sơn',
  'Hàm Giang',
  'Phước Hưng',
  'Tân Sơn',
  'An Quảng Hữu',
  'Lưu Nghiệp Anh',
  'Thanh Sơn',
  'Hàm Tân',
  'Đại An',
  'Định An',
  'Ngọc Biên',
  'Long Hiệp',
  'Tân Hiệp',
  'Tập Sơn',
] as const;

export const TOWNS = ['thị trấn Định An', 'thị trấn Trà Cú'] as const;

/** Seed II.2.2: reach NTM in quý I/2023. */
export const NEW_IN_2023 = ['Ngãi Xuyên', 'Kim Sơn', 'Hàm Giang'];

/** Seed II.2.2 and III.1.3: the four communes of the advanced set. */
export const ADVANCED = ['Tập Sơn', 'Đại An', 'Ngọc Biên', 'Long Hiệp'];
/** Seed II.2.2: already advanced, to be "nâng chất". */
export const ADVANCED_ALREADY = ['Đại An', 'Ngọc Biên'];

/** Seed III.1.1: NTM criteria not met, communes as listed (note "Tập sơn" in criterion 17). */
export const NTM_UNMET: Record<string, string[]> = {
  '11': ['Phước Hưng', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Ngọc Biên', 'Long Hiệp', 'Tân Hiệp'],
  '13': ['Phước Hưng', 'Tập Sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Long Hiệp', 'Tân Hiệp'],
  '15': ['Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An', 'Định An', 'Long Hiệp', 'Tân Hiệp', 'Ngọc Biên'],
  '17': ['Tập sơn', 'Tân Sơn', 'An Quảng Hữu', 'Lưu Nghiệp Anh', 'Thanh Sơn', 'Hàm Tân', 'Đại An'],
};

/** Which indicator of each unmet NTM criterion is the unmet one (the seed names criteria only: assumption A3). */
export const NTM_UNMET_INDICATOR: Record<string, string> = { '11': '11', '13': '13.1', '15': '15.1', '17': '17.11' };

/** Seed III.1.3: advanced-set criteria not met. */
export const ADVANCED_UNMET: Record<string, string[]> = {
  '1': ['Ngọc Biên', 'Đại An', 'Tập Sơn', 'Long Hiệp'],
  '2': ['Long Hiệp'],
  '7': ['Tập Sơn', 'Long Hiệp'],
  '8': ['Long Hiệp'],
  '9': ['Long Hiệp'],
  '10': ['Long Hiệp'],
  '11': ['Ngọc Biên', 'Đại An', 'Long Hiệp'],
  '12': ['Đại An'],
  '13': ['Ngọc Biên', 'Đại An', 'Tập Sơn', 'Long Hiệp'],
  '14': ['Ngọc Biên', 'Đại An', 'Tập Sơn', 'Long Hiệp'],
  '15': ['Ngọc Biên'],
  '16': ['Long Hiệp'],
  '17': ['Đại An', 'Tập Sơn', 'Long Hiệp'],
  '18': ['Đại An', 'Tập Sơn', 'Long Hiệp'],
};

/** Seed III.1.5: đô thị văn minh contents not met per town; deadline quý III/2023. */
export const TOWN_UNMET: Record<string, string[]> = {
  'thị trấn Định An': ['3.2', '8.2', '8.4'],
  'thị trấn Trà Cú': ['8.4'],
};
export const TOWN_CONTENTS = ['3.2', '8.2', '8.4'];

export interface DistrictContent {
  code: string;
  text: string;
  /** undefined: the seed gives no verdict (6.4). */
  achieved?: boolean;
  /** The seed's deadline sentence, when it gives one. */
  deadline?: string;
}

/** Seed III.1.6: contents of district criteria 5–9 with the seed's verdict and deadline. */
export const DISTRICT_CONTENTS: DistrictContent[] = [
  { code: '5.1', text: 'Trung tâm Y tế huyện đạt chuẩn', achieved: true },
  { code: '5.2', text: 'Trung tâm Văn hóa - Thể thao huyện đạt chuẩn, có nhiều hoạt động văn hóa - thể thao kết nối với các xã', achieved: false, deadline: 'Thời gian hoàn thành quý IV/2023' },
  { code: '5.3', text: 'Tỷ lệ Trường Trung học phổ thông đạt chuẩn quốc gia mức độ 1 trở lên', achieved: false, deadline: 'Thời gian hoàn thành quý IV/2023' },
  { code: '5.4', text: 'Trung tâm giáo dục nghề nghiệp-giáo dục thường xuyên đạt kiểm định chất lượng giáo dục', achieved: false, deadline: 'Thời gian hoàn thành quý IV/2023' },
  { code: '6.1', text: 'Có khu công nghiệp, hoặc cụm công nghiệp được đầu tư kết cấu hạ tầng kỹ thuật, hoặc cụm ngành nghề nông thôn', achieved: false, deadline: 'Thời gian hoàn thành quý III/2023' },
  { code: '6.2', text: 'Chợ trung tâm huyện đạt tiêu chuẩn chợ kinh doanh thực phẩm', achieved: false, deadline: 'Thời gian hoàn thành quý III/2023' },
  { code: '6.3', text: 'Hình thành vùng nguyên liệu tập trung đối với các sản phẩm chủ lực hoặc có mô hình liên kết theo chuỗi giá trị đảm bảo an toàn thực phẩm, kết nối từ sản xuất đến tiêu thụ đối với các sản phẩm chủ lực của huyện', achieved: true },
  { code: '6.4', text: 'Có Trung tâm kỹ thuật nông nghiệp hoạt động hiệu quả', deadline: 'UBND huyện đánh giá trong quý III/2023' },
  { code: '7.1', text: 'Hệ thống thu gom, xử lý chất thải rắn trên địa bàn huyện đảm bảo yêu cầu về bảo vệ môi trường; tỷ lệ chất thải rắn sinh hoạt chôn lấp trực tiếp ≤ 50% tổng lượng phát sinh', achieved: true },
  { code: '7.2', text: 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn', achieved: false, deadline: 'Thời gian hoàn thành quý II/2023' },
  { code: '7.3', text: 'Có mô hình tái chế chất thải hữu cơ, phụ phẩm nông nghiệp quy mô cấp xã trở lên', achieved: true },
  { code: '7.4', text: 'Có công trình xử lý nước thải sinh hoạt tập trung áp dụng biện pháp phù hợp', achieved: false, deadline: 'Thời gian hoàn thành quý IV/2023' },
  { code: '7.5', text: 'Khu công nghiệp, cụm công nghiệp, làng nghề trên địa bàn thực hiện đúng các quy định về bảo vệ môi trường, trong đó tỷ lệ đất trồng cây xanh trong khu công nghiệp, cụm công nghiệp tối thiểu là 10% diện tích toàn khu', achieved: true },
  { code: '7.6', text: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn', achieved: true },
  { code: '7.7', text: 'Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định', achieved: true },
  { code: '7.8', text: 'Tỷ lệ điểm tập kết, trung chuyển chất thải rắn sinh hoạt trên địa bàn huyện có hạ tầng về bảo vệ môi trường theo quy định', achieved: true },
  { code: '8.1', text: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung', achieved: true },
  { code: '8.2', text: 'Tỷ lệ công trình cấp nước tập trung có tổ chức quản lý, khai thác hoạt động bền vững', achieved: true },
  { code: '8.3', text: 'Có kế hoạch/Đề án kiểm kê, kiểm soát, bảo vệ chất lượng nước; phục hồi cảnh quan, cải tạo hệ sinh thái ao hồ và các nguồn nước mặt trên địa bàn huyện', achieved: false, deadline: 'Thời gian hoàn thành quý II/2023' },
  { code: '8.4', text: 'Cảnh quan, không gian trên địa bàn toàn huyện đảm bảo sáng - xanh - sạch - đẹp, an toàn', achieved: false, deadline: 'Thời gian hoàn thành quý III/2023' },
  { code: '8.5', text: 'Tỷ lệ cơ sở sản xuất, kinh doanh thực phẩm do huyện quản lý tuân thủ các quy định về đảm bảo an toàn thực phẩm', achieved: false, deadline: 'Thời gian hoàn thành quý III/2023' },
  { code: '9.1', text: 'Đảng bộ, chính quyền huyện được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', achieved: true },
  { code: '9.2', text: 'Tổ chức chính trị - xã hội của huyện được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', achieved: true },
  { code: '9.3', text: 'Trong 02 năm liên tục trước năm xét công nhận, không có công chức giữ chức vụ lãnh đạo, quản lý bị xử lý kỷ luật từ mức cảnh cáo trở lên hoặc bị truy cứu trách nhiệm hình sự', achieved: true },
  { code: '9.4', text: 'Đảm bảo an ninh, trật tự', achieved: true },
  { code: '9.5', text: 'Có dịch vụ công trực tuyến mức độ 3 trở lên', achieved: true },
  { code: '9.6', text: 'Huyện đạt chuẩn tiếp cận pháp luật theo quy định', achieved: false, deadline: 'Thời gian hoàn thành quý III/2023' },
];

/** Seed II.2.2: "Huyện hoàn thành 9/9 tiêu chí trong quý IV/2023". */
export const DISTRICT_ALL_BY = 'quý IV/2023';
