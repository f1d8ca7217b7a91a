// Bộ tiêu chí quốc gia về xã nông thôn mới 2021–2025 (QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I).
// Indicator wording follows the seeds where they quote it; the rest is QĐ 318 as best recalled.
// No threshold is national here: the only ones shipped are those a seed states (An Giang, seed 002).
import type { SetInput } from './set-input';

const SC = 'seed-confirmed' as const;
const DR = 'decision-as-recalled' as const;

const AN_GIANG = 'An Giang';
const AG_BASIS = 'QĐ 1260/QĐ-UBND ngày 22/6/2022 của UBND tỉnh An Giang';
const AG_SOURCE = `${AG_BASIS} (trích trong seed 002, KH 249/KH-BQL xã Tân Thạnh)`;

export const XA_NTM_2021: SetInput = {
  id: 'xa-ntm-2021',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025',
  shortName: 'Xã NTM',
  level: 'commune',
  source: 'QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I',
  expectedCriteria: 19,
  expectedIndicators: 57,
  groups: [
    { id: 'I', name: 'Quy hoạch', criteria: ['1'] },
    { id: 'II', name: 'Hạ tầng kinh tế - xã hội', criteria: ['2', '3', '4', '5', '6', '7', '8', '9'] },
    { id: 'III', name: 'Kinh tế và tổ chức sản xuất', criteria: ['10', '11', '12', '13'] },
    { id: 'IV', name: 'Văn hóa - Xã hội - Môi trường', criteria: ['14', '15', '16', '17'] },
    { id: 'V', name: 'Hệ thống chính trị', criteria: ['18', '19'] },
  ],
  criteria: [
    {
      code: '1', name: 'Quy hoạch', shortName: 'Quy hoạch', group: 'I', provenance: SC,
      indicators: [
        { code: '1.1', provenance: SC, direction: 'pass', name: 'Có quy hoạch chung xây dựng xã được phê duyệt phù hợp với định hướng phát triển kinh tế - xã hội của xã giai đoạn 2021 - 2025 (có quy hoạch khu chức năng dịch vụ hỗ trợ phát triển kinh tế nông thôn) và được công bố công khai đúng thời hạn' },
        { code: '1.2', provenance: SC, direction: 'pass', name: 'Ban hành quy định quản lý theo đồ án quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch' },
      ],
    },
    {
      code: '2', name: 'Giao thông', shortName: 'Giao thông', group: 'II', provenance: SC,
      indicators: [
        { code: '2.1', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm' },
        { code: '2.2', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm' },
        { code: '2.3', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ đường ngõ, xóm sạch và đáp ứng yêu cầu đi lại thuận tiện quanh năm' },
        { code: '2.4', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm' },
      ],
    },
    {
      code: '3', name: 'Thủy lợi và phòng, chống thiên tai', shortName: 'Thủy lợi - PCTT', group: 'II', provenance: SC,
      indicators: [
        { code: '3.1', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động' },
        { code: '3.2', provenance: DR, direction: 'pass', name: 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm "4 tại chỗ"' },
      ],
    },
    {
      code: '4', name: 'Điện', shortName: 'Điện', group: 'II', provenance: SC,
      indicators: [
        { code: '4.1', provenance: DR, direction: 'pass', name: 'Hệ thống điện đạt chuẩn' },
        { code: '4.2', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất đảm bảo an toàn, tin cậy và ổn định' },
      ],
    },
    {
      code: '5', name: 'Trường học', shortName: 'Trường học', group: 'II', provenance: SC,
      indicators: [
        { code: '5', aliases: ['5.1'], provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) có cơ sở vật chất và thiết bị dạy học đạt chuẩn quốc gia' },
      ],
    },
    {
      code: '6', name: 'Cơ sở vật chất văn hóa', shortName: 'CSVC văn hóa', group: 'II', provenance: SC,
      indicators: [
        { code: '6.1', provenance: DR, direction: 'pass', name: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã' },
        { code: '6.2', provenance: DR, direction: 'pass', name: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định' },
        { code: '6.3', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng' },
      ],
    },
    {
      code: '7', name: 'Cơ sở hạ tầng thương mại nông thôn', shortName: 'HTTM nông thôn', group: 'II', provenance: SC,
      indicators: [
        { code: '7', provenance: DR, direction: 'pass', name: 'Xã có chợ nông thôn hoặc nơi mua bán, trao đổi hàng hóa' },
      ],
    },
    {
      code: '8', name: 'Thông tin và Truyền thông', shortName: 'TT-TT', group: 'II', provenance: SC,
      indicators: [
        { code: '8.1', provenance: DR, direction: 'pass', name: 'Xã có điểm phục vụ bưu chính' },
        { code: '8.2', provenance: DR, direction: 'pass', name: 'Xã có dịch vụ viễn thông, internet' },
        { code: '8.3', provenance: DR, direction: 'pass', name: 'Xã có đài truyền thanh và hệ thống loa đến các thôn' },
        { code: '8.4', provenance: DR, direction: 'pass', name: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành' },
      ],
    },
    {
      code: '9', name: 'Nhà ở dân cư', shortName: 'Nhà ở DC', group: 'II', provenance: SC,
      indicators: [
        { code: '9.1', provenance: DR, direction: 'pass', name: 'Nhà tạm, dột nát (không còn)' },
        { code: '9.2', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố' },
      ],
    },
    {
      code: '10', name: 'Thu nhập', shortName: 'Thu nhập', group: 'III', provenance: SC,
      indicators: [
        { code: '10', provenance: DR, direction: 'gte', unit: 'triệu đồng/người/năm', name: 'Thu nhập bình quân đầu người khu vực nông thôn' },
      ],
    },
    {
      code: '11', name: 'Nghèo đa chiều', shortName: 'Nghèo đa chiều', group: 'III', provenance: SC,
      indicators: [
        {
          code: '11', provenance: DR, direction: 'lte', unit: '%', name: 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2021 - 2025',
          thresholds: [{ value: 4, province: AN_GIANG, basis: AG_BASIS, source: `${AG_SOURCE}: "Chỉ tiêu 11: Nghèo đa chiều (4%)"` }],
        },
      ],
    },
    {
      code: '12', name: 'Lao động', shortName: 'Lao động', group: 'III', provenance: SC,
      indicators: [
        {
          code: '12.1', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ lao động có việc làm qua đào tạo',
          thresholds: [{ value: 70, province: AN_GIANG, basis: AG_BASIS, source: `${AG_SOURCE}: "Chỉ tiêu 12.1: Tỷ lệ lao động qua đào tạo (Đạt ≥ 70%)"` }],
        },
        {
          code: '12.2', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ',
          thresholds: [{ value: 25, province: AN_GIANG, basis: AG_BASIS, source: `${AG_SOURCE}: "Chỉ tiêu 12.2: Tỷ lệ lao động qua đào tạo có bằng cấp chứng chỉ (đạt ≥ 25%)"` }],
        },
      ],
    },
    {
      code: '13', name: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', shortName: 'TCSX - PTKTNT', group: 'III', provenance: SC,
      indicators: [
        { code: '13.1', provenance: SC, direction: 'pass', name: 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã' },
        { code: '13.2', provenance: SC, direction: 'pass', name: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững' },
        { code: '13.3', provenance: SC, direction: 'pass', name: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương' },
        { code: '13.4', provenance: SC, direction: 'pass', name: 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát triển làng nghề, làng nghề truyền thống (nếu có) gắn với hạ tầng về bảo vệ môi trường' },
        { code: '13.5', provenance: SC, direction: 'pass', name: 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả' },
      ],
    },
    {
      code: '14', name: 'Giáo dục và Đào tạo', shortName: 'GD-ĐT', group: 'IV', provenance: SC,
      indicators: [
        { code: '14.1', provenance: DR, direction: 'pass', name: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở; xóa mù chữ' },
        { code: '14.2', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)' },
      ],
    },
    {
      code: '15', name: 'Y tế', shortName: 'Y tế', group: 'IV', provenance: SC,
      indicators: [
        { code: '15.1', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ người dân tham gia bảo hiểm y tế' },
        { code: '15.2', provenance: DR, direction: 'pass', name: 'Xã đạt tiêu chí quốc gia về y tế' },
        { code: '15.3', provenance: DR, direction: 'lte', unit: '%', name: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)' },
        { code: '15.4', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử' },
      ],
    },
    {
      code: '16', name: 'Văn hóa', shortName: 'Văn hóa', group: 'IV', provenance: SC,
      indicators: [
        { code: '16', provenance: DR, direction: 'gte', unit: '%', name: 'Tỷ lệ thôn, bản, ấp đạt chuẩn văn hóa theo quy định' },
      ],
    },
    {
      code: '17', name: 'Môi trường và an toàn thực phẩm', shortName: 'MT - ATTP', group: 'IV', provenance: SC,
      indicators: [
        { code: '17.1', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn' },
        { code: '17.2', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường' },
        { code: '17.3', provenance: SC, direction: 'pass', name: 'Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung' },
        { code: '17.4', provenance: SC, direction: 'gte', name: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn' },
        { code: '17.5', provenance: SC, direction: 'pass', name: 'Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch' },
        { code: '17.6', provenance: SC, direction: 'gte', unit: '%', name: 'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung, cơ sở sản xuất - kinh doanh được thu gom, xử lý theo quy định' },
        { code: '17.7', provenance: SC, direction: 'pass', name: 'Bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường' },
        { code: '17.8', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch' },
        { code: '17.9', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường' },
        { code: '17.10', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm' },
        { code: '17.11', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn' },
        { code: '17.12', provenance: SC, direction: 'gte', unit: '%', name: 'Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định' },
      ],
    },
    {
      code: '18', name: 'Hệ thống chính trị và tiếp cận pháp luật', shortName: 'HTCT - TCPL', group: 'V', provenance: SC,
      indicators: [
        { code: '18.1', provenance: SC, direction: 'pass', name: 'Cán bộ, công chức xã đạt chuẩn' },
        { code: '18.2', provenance: SC, direction: 'pass', name: 'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên' },
        { code: '18.3', provenance: SC, direction: 'pass', name: 'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên' },
        { code: '18.4', provenance: SC, direction: 'pass', name: 'Xã đạt chuẩn tiếp cận pháp luật' },
        { code: '18.5', provenance: SC, direction: 'pass', name: 'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; phòng chống bạo lực trên cơ sở giới; phòng chống xâm hại trẻ em; bảo vệ trẻ em trong cộng đồng; hỗ trợ những người dễ bị tổn thương trong các lĩnh vực của gia đình và đời sống xã hội' },
        { code: '18.6', provenance: SC, direction: 'pass', name: 'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân' },
      ],
    },
    {
      code: '19', name: 'Quốc phòng và An ninh', shortName: 'QP-AN', group: 'V', provenance: SC,
      indicators: [
        { code: '19.1', provenance: SC, direction: 'pass', name: 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quân sự, quốc phòng' },
        { code: '19.2', provenance: SC, direction: 'pass', name: 'Không có hoạt động xâm phạm an ninh quốc gia; không có khiếu kiện đông người kéo dài trái pháp luật; không có công dân cư trú trên địa bàn phạm tội đặc biệt nghiêm trọng hoặc phạm các tội về xâm hại trẻ em; tội phạm và tệ nạn xã hội (ma túy, trộm cắp, cờ bạc...) và tai nạn giao thông, cháy, nổ được kiềm chế, giảm so với năm trước; có một trong các mô hình (phòng, chống tội phạm, tệ nạn xã hội; bảo đảm trật tự, an toàn giao thông; phòng cháy, chữa cháy) gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động thường xuyên, hiệu quả' },
      ],
    },
  ],
};
