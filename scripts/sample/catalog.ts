// Names of the criteria sets the sample and the bench generator write (DOMAIN §2).
// Plain data for workbook generation only; the engine's own catalog lives elsewhere.

export interface IndicatorRow {
  code: string;
  name: string;
}

export interface CriterionRows {
  code: string;
  name: string;
  /** One entry for single-indicator criteria (5, 7, 10, 11, 16), whose code is the criterion's. */
  indicators: IndicatorRow[];
}

export interface CriteriaGroup {
  roman: string;
  name: string;
  criteria: CriterionRows[];
}

const single = (code: string, name: string): CriterionRows => ({ code, name, indicators: [{ code, name }] });

/** xa-ntm-2021 (QĐ 318/QĐ-TTg, Phụ lục I): 5 groups, 19 criteria, 57 indicators. */
export const XA_NTM_2021: CriteriaGroup[] = [
  {
    roman: 'I',
    name: 'QUY HOẠCH',
    criteria: [
      {
        code: '1',
        name: 'Quy hoạch',
        indicators: [
          { code: '1.1', name: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn' },
          { code: '1.2', name: 'Ban hành quy định quản lý theo đồ án quy hoạch chung xây dựng xã và tổ chức thực hiện' },
        ],
      },
    ],
  },
  {
    roman: 'II',
    name: 'HẠ TẦNG KINH TẾ - XÃ HỘI',
    criteria: [
      {
        code: '2',
        name: 'Giao thông',
        indicators: [
          { code: '2.1', name: 'Đường xã được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện' },
          { code: '2.2', name: 'Đường thôn, ấp và đường liên thôn, ấp được cứng hóa' },
          { code: '2.3', name: 'Đường ngõ, xóm sạch và đảm bảo đi lại thuận tiện' },
          { code: '2.4', name: 'Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện' },
        ],
      },
      {
        code: '3',
        name: 'Thủy lợi và phòng, chống thiên tai',
        indicators: [
          { code: '3.1', name: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động' },
          { code: '3.2', name: 'Đảm bảo yêu cầu chủ động về phòng, chống thiên tai theo phương châm 4 tại chỗ' },
        ],
      },
      {
        code: '4',
        name: 'Điện',
        indicators: [
          { code: '4.1', name: 'Hệ thống điện đạt chuẩn' },
          { code: '4.2', name: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất đảm bảo an toàn, tin cậy và ổn định' },
        ],
      },
      single('5', 'Trường học'),
      {
        code: '6',
        name: 'Cơ sở vật chất văn hóa',
        indicators: [
          { code: '6.1', name: 'Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao' },
          { code: '6.2', name: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi' },
          { code: '6.3', name: 'Tỷ lệ thôn, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng' },
        ],
      },
      single('7', 'Cơ sở hạ tầng thương mại nông thôn'),
      {
        code: '8',
        name: 'Thông tin và Truyền thông',
        indicators: [
          { code: '8.1', name: 'Xã có điểm phục vụ bưu chính' },
          { code: '8.2', name: 'Xã có dịch vụ viễn thông, internet' },
          { code: '8.3', name: 'Xã có đài truyền thanh và hệ thống loa đến các thôn, ấp' },
          { code: '8.4', name: 'Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành' },
        ],
      },
      {
        code: '9',
        name: 'Nhà ở dân cư',
        indicators: [
          { code: '9.1', name: 'Nhà tạm, dột nát' },
          { code: '9.2', name: 'Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố' },
        ],
      },
    ],
  },
  {
    roman: 'III',
    name: 'KINH TẾ VÀ TỔ CHỨC SẢN XUẤT',
    criteria: [
      single('10', 'Thu nhập'),
      single('11', 'Nghèo đa chiều'),
      {
        code: '12',
        name: 'Lao động',
        indicators: [
          { code: '12.1', name: 'Tỷ lệ lao động có việc làm qua đào tạo' },
          { code: '12.2', name: 'Tỷ lệ lao động có việc làm qua đào tạo có bằng cấp, chứng chỉ' },
        ],
      },
      {
        code: '13',
        name: 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
        indicators: [
          { code: '13.1', name: 'Xã có hợp tác xã hoạt động hiệu quả và theo đúng quy định của Luật Hợp tác xã' },
          { code: '13.2', name: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực đảm bảo bền vững' },
          { code: '13.3', name: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu, được chứng nhận VietGAP hoặc tương đương' },
          { code: '13.4', name: 'Có kế hoạch và triển khai kế hoạch bảo tồn, phát huy nghề truyền thống, làng nghề (nếu có)' },
          { code: '13.5', name: 'Có tổ khuyến nông cộng đồng hoạt động hiệu quả' },
        ],
      },
    ],
  },
  {
    roman: 'IV',
    name: 'VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG',
    criteria: [
      {
        code: '14',
        name: 'Giáo dục và Đào tạo',
        indicators: [
          { code: '14.1', name: 'Phổ cập giáo dục mầm non, xóa mù chữ, phổ cập giáo dục tiểu học và trung học cơ sở' },
          { code: '14.2', name: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở được tiếp tục học trung học' },
        ],
      },
      {
        code: '15',
        name: 'Y tế',
        indicators: [
          { code: '15.1', name: 'Tỷ lệ người dân tham gia bảo hiểm y tế' },
          { code: '15.2', name: 'Xã đạt tiêu chí quốc gia về y tế' },
          { code: '15.3', name: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi' },
          { code: '15.4', name: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử' },
        ],
      },
      single('16', 'Văn hóa'),
      {
        code: '17',
        name: 'Môi trường và an toàn thực phẩm',
        indicators: [
          { code: '17.1', name: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn' },
          { code: '17.2', name: 'Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường' },
          { code: '17.3', name: 'Cảnh quan, không gian xanh - sạch - đẹp, an toàn' },
          { code: '17.4', name: 'Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn' },
          { code: '17.5', name: 'Mai táng, hỏa táng phù hợp với quy định và theo quy hoạch' },
          { code: '17.6', name: 'Chất thải rắn trên địa bàn và nước thải khu dân cư tập trung được thu gom, xử lý theo quy định' },
          { code: '17.7', name: 'Bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý' },
          { code: '17.8', name: 'Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch' },
          { code: '17.9', name: 'Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường' },
          { code: '17.10', name: 'Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ quy định về đảm bảo an toàn thực phẩm' },
          { code: '17.11', name: 'Tỷ lệ hộ có phân loại chất thải rắn tại nguồn' },
          { code: '17.12', name: 'Tỷ lệ chất thải nhựa phát sinh được thu gom, tái sử dụng, tái chế, xử lý theo quy định' },
        ],
      },
    ],
  },
  {
    roman: 'V',
    name: 'HỆ THỐNG CHÍNH TRỊ',
    criteria: [
      {
        code: '18',
        name: 'Hệ thống chính trị và tiếp cận pháp luật',
        indicators: [
          { code: '18.1', name: 'Cán bộ, công chức xã đạt chuẩn' },
          { code: '18.2', name: 'Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên' },
          { code: '18.3', name: 'Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên' },
          { code: '18.4', name: 'Tổ chức xây dựng xã đạt chuẩn tiếp cận pháp luật' },
          { code: '18.5', name: 'Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình' },
          { code: '18.6', name: 'Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức về xây dựng nông thôn mới cho người dân' },
        ],
      },
      {
        code: '19',
        name: 'Quốc phòng và An ninh',
        indicators: [
          { code: '19.1', name: 'Xây dựng lực lượng dân quân "vững mạnh, rộng khắp" và hoàn thành các chỉ tiêu quân sự, quốc phòng' },
          { code: '19.2', name: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên' },
        ],
      },
    ],
  },
];

/** The 57 indicator rows of xa-ntm-2021, in sheet order. */
export function ntmIndicators(): (IndicatorRow & { criterion: string })[] {
  return XA_NTM_2021.flatMap((g) => g.criteria.flatMap((c) => c.indicators.map((i) => ({ ...i, criterion: c.code }))));
}

export function ntmCriterion(code: string): CriterionRows {
  for (const g of XA_NTM_2021) for (const c of g.criteria) if (c.code === code) return c;
  throw new Error(`unknown criterion ${code}`);
}

/** xa-ntm-nang-cao-2021 criterion names (DOMAIN §2.2; numbering differs from xa-ntm-2021). */
export const XA_NANG_CAO_2021: { code: string; name: string }[] = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Giáo dục',
  'Văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Y tế',
  'Hành chính công',
  'Tiếp cận pháp luật',
  'Môi trường',
  'Chất lượng môi trường sống',
  'Quốc phòng và An ninh',
].map((name, i) => ({ code: String(i + 1), name }));

/** huyen-ntm-2021 criterion names (DOMAIN §2.3). */
export const HUYEN_NTM_2021: { code: string; name: string }[] = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Y tế - Văn hóa - Giáo dục',
  'Kinh tế',
  'Môi trường',
  'Chất lượng môi trường sống',
  'Hệ thống chính trị - An ninh trật tự - Hành chính công',
].map((name, i) => ({ code: String(i + 1), name }));
