// Bộ tiêu chí quốc gia về huyện nông thôn mới 2021–2025 (QĐ 320/QĐ-TTg ngày 08/3/2022).
// Contents 5.1–9.6 are quoted from seed 000 (KH 17/KH-UBND huyện Trà Cú, mục 1.6).
// Criteria 1–4 are open: the seeds only name them, so each carries one content with its own code.
import type { CriterionInput, IndicatorInput, SetInput } from './set-input';

const SC = 'seed-confirmed' as const;

function content(code: string, name: string, direction?: 'gte' | 'pass'): IndicatorInput {
  return { code, name, provenance: SC, ...(direction ? { direction } : {}) };
}

function openCriterion(code: string, name: string, shortName: string): CriterionInput {
  return { code, name, shortName, open: true, provenance: SC, indicators: [{ code, name, provenance: 'open' }] };
}

export const HUYEN_NTM_2021: SetInput = {
  id: 'huyen-ntm-2021',
  name: 'Bộ tiêu chí quốc gia về huyện nông thôn mới giai đoạn 2021 - 2025',
  shortName: 'Huyện NTM',
  level: 'district',
  source: 'QĐ 320/QĐ-TTg ngày 08/3/2022',
  expectedCriteria: 9,
  conditions: ['Tất cả các xã trên địa bàn huyện được công nhận đạt chuẩn nông thôn mới'],
  criteria: [
    openCriterion('1', 'Quy hoạch', 'Quy hoạch'),
    openCriterion('2', 'Giao thông', 'Giao thông'),
    openCriterion('3', 'Thủy lợi và phòng, chống thiên tai', 'Thủy lợi - PCTT'),
    openCriterion('4', 'Điện', 'Điện'),
    {
      code: '5', name: 'Y tế - Văn hóa - Giáo dục', shortName: 'Y tế - VH - GD', provenance: SC,
      indicators: [
        content('5.1', 'Trung tâm Y tế huyện đạt chuẩn', 'pass'),
        content('5.2', 'Trung tâm Văn hóa - Thể thao huyện đạt chuẩn, có nhiều hoạt động văn hóa - thể thao kết nối với các xã', 'pass'),
        content('5.3', 'Tỷ lệ Trường Trung học phổ thông đạt chuẩn quốc gia mức độ 1 trở lên', 'gte'),
        content('5.4', 'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên đạt kiểm định chất lượng giáo dục', 'pass'),
      ],
    },
    {
      code: '6', name: 'Kinh tế', shortName: 'Kinh tế', provenance: SC,
      indicators: [
        content('6.1', 'Có khu công nghiệp, hoặc cụm công nghiệp được đầu tư kết cấu hạ tầng kỹ thuật, hoặc cụm ngành nghề nông thôn', 'pass'),
        content('6.2', 'Chợ trung tâm huyện đạt tiêu chuẩn chợ kinh doanh thực phẩm', 'pass'),
        content('6.3', 'Hình thành vùng nguyên liệu tập trung đối với các sản phẩm chủ lực hoặc có mô hình liên kết theo chuỗi giá trị đảm bảo an toàn thực phẩm, kết nối từ sản xuất đến tiêu thụ đối với các sản phẩm chủ lực của huyện', 'pass'),
        content('6.4', 'Có Trung tâm kỹ thuật nông nghiệp hoạt động hiệu quả', 'pass'),
      ],
    },
    {
      code: '7', name: 'Môi trường', shortName: 'Môi trường', provenance: SC,
      indicators: [
        content('7.1', 'Hệ thống thu gom, xử lý chất thải rắn trên địa bàn huyện đảm bảo yêu cầu về bảo vệ môi trường; tỷ lệ chất thải rắn sinh hoạt chôn lấp trực tiếp ≤ 50% tổng lượng phát sinh', 'pass'),
        content('7.2', 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn', 'gte'),
        content('7.3', 'Có mô hình tái chế chất thải hữu cơ, phụ phẩm nông nghiệp quy mô cấp xã trở lên', 'pass'),
        content('7.4', 'Có công trình xử lý nước thải sinh hoạt tập trung áp dụng biện pháp phù hợp', 'pass'),
        content('7.5', 'Khu công nghiệp, cụm công nghiệp, làng nghề trên địa bàn thực hiện đúng các quy định về bảo vệ môi trường, trong đó tỷ lệ đất trồng cây xanh trong khu công nghiệp, cụm công nghiệp tối thiểu là 10% diện tích toàn khu', 'pass'),
        content('7.6', 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn'),
        content('7.7', 'Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định', 'gte'),
        content('7.8', 'Tỷ lệ điểm tập kết, trung chuyển chất thải rắn sinh hoạt trên địa bàn huyện có hạ tầng về bảo vệ môi trường theo quy định', 'gte'),
      ],
    },
    {
      code: '8', name: 'Chất lượng môi trường sống', shortName: 'CLMT sống', provenance: SC,
      indicators: [
        content('8.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung', 'gte'),
        content('8.2', 'Tỷ lệ công trình cấp nước tập trung có tổ chức quản lý, khai thác hoạt động bền vững', 'gte'),
        content('8.3', 'Có kế hoạch/Đề án kiểm kê, kiểm soát, bảo vệ chất lượng nước; phục hồi cảnh quan, cải tạo hệ sinh thái ao hồ và các nguồn nước mặt trên địa bàn huyện', 'pass'),
        content('8.4', 'Cảnh quan, không gian trên địa bàn toàn huyện đảm bảo sáng - xanh - sạch - đẹp, an toàn', 'pass'),
        content('8.5', 'Tỷ lệ cơ sở sản xuất, kinh doanh thực phẩm do huyện quản lý tuân thủ các quy định về đảm bảo an toàn thực phẩm', 'gte'),
      ],
    },
    {
      code: '9', name: 'Hệ thống chính trị - An ninh trật tự - Hành chính công', shortName: 'HTCT - ANTT - HCC', provenance: SC,
      indicators: [
        content('9.1', 'Đảng bộ, chính quyền huyện được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', 'pass'),
        content('9.2', 'Tổ chức chính trị - xã hội của huyện được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên', 'pass'),
        content('9.3', 'Trong 02 năm liên tục trước năm xét công nhận, không có công chức giữ chức vụ lãnh đạo, quản lý bị xử lý kỷ luật từ mức cảnh cáo trở lên hoặc bị truy cứu trách nhiệm hình sự', 'pass'),
        content('9.4', 'Đảm bảo an ninh, trật tự', 'pass'),
        content('9.5', 'Có dịch vụ công trực tuyến mức độ 3 trở lên', 'pass'),
        content('9.6', 'Huyện đạt chuẩn tiếp cận pháp luật theo quy định', 'pass'),
      ],
    },
  ],
};
