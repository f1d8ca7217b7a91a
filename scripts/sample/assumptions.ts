// Every choice the sample makes that seed 000 does not state outright. Printed by make-sample and written to examples/README.md.

export interface Assumption {
  id: string;
  sheet: string;
  text: string;
}

export const ASSUMPTIONS: Assumption[] = [
  {
    id: 'A1',
    sheet: 'Hiện trạng NTM',
    text: 'Seed III.1.1 lists only unmet criteria, so every other indicator is "Đạt" for all 15 communes; Ngãi Xuyên, Kim Sơn and Hàm Giang (to be recognised in quý I/2023) meet everything.',
  },
  {
    id: 'A2',
    sheet: 'Hiện trạng NTM',
    text: 'The seed names unmet criteria, not indicators. The unmet indicator chosen is 13.1 (hợp tác xã; seed IV.14 singles out 13.1), 15.1 (bảo hiểm y tế; seed III.2.6) and 17.11 (phân loại chất thải rắn tại nguồn; district content 7.2 is also unmet). Criterion 11 has a single indicator.',
  },
  {
    id: 'A3',
    sheet: 'Hiện trạng NTM',
    text: 'Criterion rows of multi-indicator criteria are bold group rows with no verdicts (a criterion is met when all its indicators are); single-indicator criteria 5, 7, 10, 11, 16 are one row carrying the verdicts. Group bands I–V sit above them.',
  },
  {
    id: 'A4',
    sheet: 'Hiện trạng NTM',
    text: 'The Hàm Giang column writes "x" (meaning Đạt) for 18.1–18.6 and 19.1–19.2, as a second typist would; everything else is "Đạt" / "Chưa đạt".',
  },
  {
    id: 'A5',
    sheet: 'Hiện trạng NTM',
    text: 'Column headers are typed as an office would: "Xã Định An" and "xã Tân Hiệp" with a prefix, "Tập sơn" in lower case as seed III.1.1 writes it; the other communes bare. The assignment row of NTM criterion 17 also writes "Tập sơn".',
  },
  {
    id: 'A6',
    sheet: 'Danh sách xã',
    text: '"Năm được công nhận" is not in the seed: the years 2016–2021 are invented for illustration. It is blank for Ngãi Xuyên, Kim Sơn, Hàm Giang (not yet recognised when the plan was issued) and for the two towns.',
  },
  {
    id: 'A7',
    sheet: 'Danh sách xã',
    text: 'Target set labels: "Nông thôn mới" (11 communes), "Nông thôn mới nâng cao" (Tập Sơn, Đại An, Ngọc Biên, Long Hiệp; the last two already advanced), "Đô thị văn minh" (the two towns). Region "Đồng bằng sông Cửu Long" for all.',
  },
  {
    id: 'A8',
    sheet: 'Phân công',
    text: 'Section I has one row per assignment of seed IV (all 19 criteria covered, 19.1 and 19.2 separately); criteria 11, 13, 15, 17 take their communes (III.1.1) and deadlines (III.1.2) from the seed. Rows of criteria every commune already meets have no deadline and the note "Các xã đã đạt, tiếp tục duy trì, nâng chất".',
  },
  {
    id: 'A9',
    sheet: 'Phân công',
    text: 'Leads decided where the seed is ambiguous (section I): 13 → Phòng Nông nghiệp và PTNT (III.1.2) with Phòng Tài chính - Kế hoạch coordinating (IV.14), although IV.1 calls Phòng NN&PTNT a coordinator of 13; 15 → Phòng Y tế with Trung tâm Y tế coordinating (IV.8, IV.9; III.1.2 names both); 17 → Phòng Tài nguyên và Môi trường (III.1.2) with Phòng NN&PTNT coordinating, although IV.1 and IV.6 only say "phối hợp"; 16 (Văn hóa) → Phòng Văn hóa và Thông tin, implied by IV.4 ("Chủ trì ... các tiêu chí về ... Văn hóa") since no department is given criterion 16 by number; 8 → Trung tâm Văn hóa - Thông tin và Thể thao (IV.15) with Phòng Văn hóa và Thông tin coordinating (IV.4); 18 → Phòng Nội vụ with Phòng Tư pháp coordinating (IV.10, IV.11), IV.1\'s "phối hợp tiêu chí 18" for Phòng NN&PTNT left out as an apparent copy slip.',
  },
  {
    id: 'A10',
    sheet: 'Phân công',
    text: 'Section II (nâng cao) follows III.1.4 with "Xã áp dụng" = the communes III.1.3 lists as unmet for the row\'s codes. Criterion 8 → Trung tâm (IV.15) with the Phòng coordinating, although III.1.4 names both. Criterion 16 keeps III.1.4\'s lead "Phòng Tư Pháp" although IV.10 gives it to Phòng Nội vụ (the contradiction is noted in Ghi chú). Criteria 17, 18 keep all four departments III.1.4 makes responsible in the lead cell: several leads with no qualifier, a real conflict left for the checker. The Long Hiệp catch-all sentence of III.1.4 has no code and is not a row. Criteria 3, 4, 5, 6, 19.1, 19.2 (all met) come from seed IV with no deadline.',
  },
  {
    id: 'A11',
    sheet: 'Phân công',
    text: 'Section III (huyện) names a lead only where seed IV says "chủ trì": 1, 2, 4 → Phòng Kinh tế và Hạ tầng, written with the seed\'s wrong name "Tiêu chí 1,2,4. Thủy lợi và Phòng chống thiên tai"; 3 → Phòng NN&PTNT; 9 and 9.6 → Phòng Nội vụ; 9.5 → Văn phòng HĐND và UBND huyện. The unmet contents 5.2–8.5 have coordinators only (5.4 has none): their lead cells are left empty, a real gap of the plan. Deadlines are verbatim ("Thời gian hoàn thành quý IV/2023", "UBND huyện đánh giá trong quý III/2023"). Met contents other than 9.5 have no row.',
  },
  {
    id: 'A12',
    sheet: 'Phân công / Đô thị văn minh / Bộ tiêu chí',
    text: 'Đô thị văn minh: lead Phòng Văn hóa và Thông tin (IV.4 "Chủ trì"), with UBND of the town, Trung tâm Văn hóa – Thông tin và Thể thao and Phòng Giáo dục và Đào tạo coordinating, although III.1.5 makes the UBND thị trấn responsible; deadline quý III/2023 (III.1.5) although II.2.2 says quý II/2023 (kept in the communes sheet note). Thị trấn Trà Cú meets 3.2 and 8.2 (the seed says it lacks only 8.4). The wording of contents 3.2, 8.2, 8.4 in QĐ 04/2022/QĐ-TTg is not in the sources, so they are named "Nội dung 3.2" etc.; the heading "thi trấn" typo of III.1.5 is kept in the first row\'s Nội dung.',
  },
  {
    id: 'A13',
    sheet: 'Tiêu chí huyện',
    text: 'Long shape without a commune column (it is the district itself), with a "Bộ tiêu chí" column reading "Huyện nông thôn mới". Criteria 1–4 "Đạt"; criteria 5–9 "Chưa đạt" with "Quý IV/2023" (II.2.2: 9/9 criteria in quý IV/2023); contents with the seed\'s verdict and quarter. Content 6.4 has no verdict in the seed: "Đánh giá" is blank, "Dự kiến đạt" is "Quý III/2023" and Ghi chú holds the seed sentence.',
  },
  {
    id: 'A14',
    sheet: 'Bộ tiêu chí',
    text: 'The definitions sheet holds only what the national catalog lacks: the three đô thị văn minh contents seed 000 cites (direction Đạt/Không, no threshold, province Trà Vinh). District contents 5.1–9.6 are already in the catalog and are not repeated; no threshold of Trà Vinh (QĐ 1306/QĐ-UBND) is in the seed.',
  },
  {
    id: 'A15',
    sheet: 'all',
    text: 'Statuses are as of the plan (02/3/2023); workbook properties and zip entries carry the fixed date 07/3/2023 (QĐ 644/QĐ-UBND) so the file is byte-for-byte reproducible.',
  },
];
