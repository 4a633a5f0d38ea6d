// Generated from resources/units/*.csv (a test keeps them equal): the national list of 19/7/2025 and the merger map.

export const UNITS_BEFORE_2025_07_CSV = `code,name,level,parent_code,valid_to
52,Tỉnh Bình Định,province,,2025-06-30
64,Tỉnh Gia Lai,province,,2025-06-30
540,Thành phố Quy Nhơn,district,52,2025-06-30
542,Huyện An Lão,district,52,2025-06-30
543,Thị xã Hoài Nhơn,district,52,2025-06-30
544,Huyện Hoài Ân,district,52,2025-06-30
545,Huyện Phù Mỹ,district,52,2025-06-30
546,Huyện Vĩnh Thạnh,district,52,2025-06-30
547,Huyện Tây Sơn,district,52,2025-06-30
548,Huyện Phù Cát,district,52,2025-06-30
549,Thị xã An Nhơn,district,52,2025-06-30
550,Huyện Tuy Phước,district,52,2025-06-30
551,Huyện Vân Canh,district,52,2025-06-30
622,Thành phố Pleiku,district,64,2025-06-30
623,Thị xã An Khê,district,64,2025-06-30
624,Thị xã Ayun Pa,district,64,2025-06-30
625,Huyện KBang,district,64,2025-06-30
626,Huyện Đăk Đoa,district,64,2025-06-30
627,Huyện Chư Păh,district,64,2025-06-30
628,Huyện Ia Grai,district,64,2025-06-30
629,Huyện Mang Yang,district,64,2025-06-30
630,Huyện Kông Chro,district,64,2025-06-30
631,Huyện Đức Cơ,district,64,2025-06-30
632,Huyện Chư Prông,district,64,2025-06-30
633,Huyện Chư Sê,district,64,2025-06-30
634,Huyện Đăk Pơ,district,64,2025-06-30
635,Huyện Ia Pa,district,64,2025-06-30
637,Huyện Krông Pa,district,64,2025-06-30
638,Huyện Phú Thiện,district,64,2025-06-30
639,Huyện Chư Pưh,district,64,2025-06-30
21550,Phường Nhơn Bình,commune,540,2025-06-30
21553,Phường Nhơn Phú,commune,540,2025-06-30
21556,Phường Đống Đa,commune,540,2025-06-30
21559,Phường Trần Quang Diệu,commune,540,2025-06-30
21562,Phường Hải Cảng,commune,540,2025-06-30
21565,Phường Quang Trung,commune,540,2025-06-30
21577,Phường Ngô Mây,commune,540,2025-06-30
21580,Phường Trần Phú,commune,540,2025-06-30
21583,Phường Thị Nại,commune,540,2025-06-30
21589,Phường Bùi Thị Xuân,commune,540,2025-06-30
21592,Phường Nguyễn Văn Cừ,commune,540,2025-06-30
21595,Phường Ghềnh Ráng,commune,540,2025-06-30
21598,Xã Nhơn Lý,commune,540,2025-06-30
21601,Xã Nhơn Hội,commune,540,2025-06-30
21604,Xã Nhơn Hải,commune,540,2025-06-30
21607,Xã Nhơn Châu,commune,540,2025-06-30
21609,Thị trấn An Lão,commune,542,2025-06-30
21610,Xã An Hưng,commune,542,2025-06-30
21613,Xã An Trung,commune,542,2025-06-30
21616,Xã An Dũng,commune,542,2025-06-30
21619,Xã An Vinh,commune,542,2025-06-30
21622,Xã An Toàn,commune,542,2025-06-30
21625,Xã An Tân,commune,542,2025-06-30
21628,Xã An Hòa,commune,542,2025-06-30
21631,Xã An Quang,commune,542,2025-06-30
21634,Xã An Nghĩa,commune,542,2025-06-30
21637,Phường Tam Quan,commune,543,2025-06-30
21640,Phường Bồng Sơn,commune,543,2025-06-30
21643,Xã Hoài Sơn,commune,543,2025-06-30
21646,Xã Hoài Châu Bắc,commune,543,2025-06-30
21649,Xã Hoài Châu,commune,543,2025-06-30
21652,Xã Hoài Phú,commune,543,2025-06-30
21655,Phường Tam Quan Bắc,commune,543,2025-06-30
21658,Phường Tam Quan Nam,commune,543,2025-06-30
21661,Phường Hoài Hảo,commune,543,2025-06-30
21664,Phường Hoài Thanh Tây,commune,543,2025-06-30
21667,Phường Hoài Thanh,commune,543,2025-06-30
21670,Phường Hoài Hương,commune,543,2025-06-30
21673,Phường Hoài Tân,commune,543,2025-06-30
21676,Xã Hoài Hải,commune,543,2025-06-30
21679,Phường Hoài Xuân,commune,543,2025-06-30
21682,Xã Hoài Mỹ,commune,543,2025-06-30
21685,Phường Hoài Đức,commune,543,2025-06-30
21688,Thị trấn Tăng Bạt Hổ,commune,544,2025-06-30
21690,Xã Ân Hảo Tây,commune,544,2025-06-30
21691,Xã Ân Hảo Đông,commune,544,2025-06-30
21694,Xã Ân Sơn,commune,544,2025-06-30
21697,Xã Ân Mỹ,commune,544,2025-06-30
21700,Xã Đak Mang,commune,544,2025-06-30
21703,Xã Ân Tín,commune,544,2025-06-30
21706,Xã Ân Thạnh,commune,544,2025-06-30
21709,Xã Ân Phong,commune,544,2025-06-30
21712,Xã Ân Đức,commune,544,2025-06-30
21715,Xã Ân Hữu,commune,544,2025-06-30
21718,Xã Bok Tới,commune,544,2025-06-30
21721,Xã Ân Tường Tây,commune,544,2025-06-30
21724,Xã Ân Tường Đông,commune,544,2025-06-30
21727,Xã Ân Nghĩa,commune,544,2025-06-30
21730,Thị trấn Phù Mỹ,commune,545,2025-06-30
21733,Thị trấn Bình Dương,commune,545,2025-06-30
21736,Xã Mỹ Đức,commune,545,2025-06-30
21739,Xã Mỹ Châu,commune,545,2025-06-30
21742,Xã Mỹ Thắng,commune,545,2025-06-30
21745,Xã Mỹ Lộc,commune,545,2025-06-30
21748,Xã Mỹ Lợi,commune,545,2025-06-30
21751,Xã Mỹ An,commune,545,2025-06-30
21754,Xã Mỹ Phong,commune,545,2025-06-30
21757,Xã Mỹ Trinh,commune,545,2025-06-30
21760,Xã Mỹ Thọ,commune,545,2025-06-30
21763,Xã Mỹ Hòa,commune,545,2025-06-30
21766,Xã Mỹ Thành,commune,545,2025-06-30
21769,Xã Mỹ Chánh,commune,545,2025-06-30
21772,Xã Mỹ Quang,commune,545,2025-06-30
21775,Xã Mỹ Hiệp,commune,545,2025-06-30
21778,Xã Mỹ Tài,commune,545,2025-06-30
21781,Xã Mỹ Cát,commune,545,2025-06-30
21784,Xã Mỹ Chánh Tây,commune,545,2025-06-30
21786,Thị trấn Vĩnh Thạnh,commune,546,2025-06-30
21787,Xã Vĩnh Sơn,commune,546,2025-06-30
21790,Xã Vĩnh Kim,commune,546,2025-06-30
21796,Xã Vĩnh Hiệp,commune,546,2025-06-30
21799,Xã Vĩnh Hảo,commune,546,2025-06-30
21801,Xã Vĩnh Hòa,commune,546,2025-06-30
21802,Xã Vĩnh Thịnh,commune,546,2025-06-30
21804,Xã Vĩnh Thuận,commune,546,2025-06-30
21805,Xã Vĩnh Quang,commune,546,2025-06-30
21808,Thị trấn Phú Phong,commune,547,2025-06-30
21811,Xã Bình Tân,commune,547,2025-06-30
21814,Xã Tây Thuận,commune,547,2025-06-30
21817,Xã Bình Thuận,commune,547,2025-06-30
21820,Xã Tây Giang,commune,547,2025-06-30
21823,Xã Bình Thành,commune,547,2025-06-30
21826,Xã Tây An,commune,547,2025-06-30
21829,Xã Bình Hòa,commune,547,2025-06-30
21832,Xã Tây Bình,commune,547,2025-06-30
21835,Xã Bình Tường,commune,547,2025-06-30
21838,Xã Tây Vinh,commune,547,2025-06-30
21841,Xã Vĩnh An,commune,547,2025-06-30
21844,Xã Tây Xuân,commune,547,2025-06-30
21847,Xã Bình Nghi,commune,547,2025-06-30
21850,Xã Tây Phú,commune,547,2025-06-30
21853,Thị trấn Ngô Mây,commune,548,2025-06-30
21856,Xã Cát Sơn,commune,548,2025-06-30
21859,Xã Cát Minh,commune,548,2025-06-30
21862,Thị trấn Cát Khánh,commune,548,2025-06-30
21865,Xã Cát Tài,commune,548,2025-06-30
21868,Xã Cát Lâm,commune,548,2025-06-30
21871,Xã Cát Hanh,commune,548,2025-06-30
21874,Xã Cát Thành,commune,548,2025-06-30
21877,Xã Cát Trinh,commune,548,2025-06-30
21880,Xã Cát Hải,commune,548,2025-06-30
21883,Xã Cát Hiệp,commune,548,2025-06-30
21886,Xã Cát Nhơn,commune,548,2025-06-30
21889,Xã Cát Hưng,commune,548,2025-06-30
21892,Xã Cát Tường,commune,548,2025-06-30
21895,Xã Cát Tân,commune,548,2025-06-30
21898,Thị trấn Cát Tiến,commune,548,2025-06-30
21901,Xã Cát Thắng,commune,548,2025-06-30
21904,Xã Cát Chánh,commune,548,2025-06-30
21907,Phường Bình Định,commune,549,2025-06-30
21910,Phường Đập Đá,commune,549,2025-06-30
21913,Xã Nhơn Mỹ,commune,549,2025-06-30
21916,Phường Nhơn Thành,commune,549,2025-06-30
21919,Xã Nhơn Hạnh,commune,549,2025-06-30
21922,Xã Nhơn Hậu,commune,549,2025-06-30
21925,Xã Nhơn Phong,commune,549,2025-06-30
21928,Xã Nhơn An,commune,549,2025-06-30
21931,Xã Nhơn Phúc,commune,549,2025-06-30
21934,Phường Nhơn Hưng,commune,549,2025-06-30
21937,Xã Nhơn Khánh,commune,549,2025-06-30
21940,Xã Nhơn Lộc,commune,549,2025-06-30
21943,Phường Nhơn Hoà,commune,549,2025-06-30
21946,Xã Nhơn Tân,commune,549,2025-06-30
21949,Xã Nhơn Thọ,commune,549,2025-06-30
21952,Thị trấn Tuy Phước,commune,550,2025-06-30
21955,Thị trấn Diêu Trì,commune,550,2025-06-30
21958,Xã Phước Thắng,commune,550,2025-06-30
21961,Xã Phước Hưng,commune,550,2025-06-30
21964,Xã Phước Quang,commune,550,2025-06-30
21967,Xã Phước Hòa,commune,550,2025-06-30
21970,Xã Phước Sơn,commune,550,2025-06-30
21973,Xã Phước Hiệp,commune,550,2025-06-30
21976,Xã Phước Lộc,commune,550,2025-06-30
21979,Xã Phước Nghĩa,commune,550,2025-06-30
21982,Xã Phước Thuận,commune,550,2025-06-30
21985,Xã Phước An,commune,550,2025-06-30
21988,Xã Phước Thành,commune,550,2025-06-30
21991,Xã Phước Mỹ,commune,540,2025-06-30
21994,Thị trấn Vân Canh,commune,551,2025-06-30
21997,Xã Canh Liên,commune,551,2025-06-30
22000,Xã Canh Hiệp,commune,551,2025-06-30
22003,Xã Canh Vinh,commune,551,2025-06-30
22006,Xã Canh Hiển,commune,551,2025-06-30
22009,Xã Canh Thuận,commune,551,2025-06-30
22012,Xã Canh Hòa,commune,551,2025-06-30
23557,Phường Yên Đỗ,commune,622,2025-06-30
23560,Phường Diên Hồng,commune,622,2025-06-30
23563,Phường Ia Kring,commune,622,2025-06-30
23566,Phường Hội Thương,commune,622,2025-06-30
23569,Phường Hội Phú,commune,622,2025-06-30
23570,Phường Phù Đổng,commune,622,2025-06-30
23572,Phường Hoa Lư,commune,622,2025-06-30
23575,Phường Tây Sơn,commune,622,2025-06-30
23578,Phường Thống Nhất,commune,622,2025-06-30
23579,Phường Đống Đa,commune,622,2025-06-30
23581,Phường Trà Bá,commune,622,2025-06-30
23582,Phường Thắng Lợi,commune,622,2025-06-30
23584,Phường Yên Thế,commune,622,2025-06-30
23586,Phường Chi Lăng,commune,622,2025-06-30
23590,Xã Biển Hồ,commune,622,2025-06-30
23596,Xã Trà Đa,commune,622,2025-06-30
23599,Xã Chư Á,commune,622,2025-06-30
23602,Xã An Phú,commune,622,2025-06-30
23605,Xã Diên Phú,commune,622,2025-06-30
23608,Xã Ia Kênh,commune,622,2025-06-30
23611,Xã Gào,commune,622,2025-06-30
23614,Phường An Bình,commune,623,2025-06-30
23617,Phường Tây Sơn,commune,623,2025-06-30
23620,Phường An Phú,commune,623,2025-06-30
23623,Phường An Tân,commune,623,2025-06-30
23626,Xã Tú An,commune,623,2025-06-30
23627,Xã Xuân An,commune,623,2025-06-30
23629,Xã Cửu An,commune,623,2025-06-30
23630,Phường An Phước,commune,623,2025-06-30
23632,Xã Song An,commune,623,2025-06-30
23633,Phường Ngô Mây,commune,623,2025-06-30
23635,Xã Thành An,commune,623,2025-06-30
23638,Thị trấn KBang,commune,625,2025-06-30
23641,Xã Kon Pne,commune,625,2025-06-30
23644,Xã Đăk Roong,commune,625,2025-06-30
23647,Xã Sơn Lang,commune,625,2025-06-30
23650,Xã KRong,commune,625,2025-06-30
23653,Xã Sơ Pai,commune,625,2025-06-30
23656,Xã Lơ Ku,commune,625,2025-06-30
23659,Xã Đông,commune,625,2025-06-30
23660,Xã Đak SMar,commune,625,2025-06-30
23662,Xã Nghĩa An,commune,625,2025-06-30
23665,Xã Tơ Tung,commune,625,2025-06-30
23668,Xã Kông Lơng Khơng,commune,625,2025-06-30
23674,Xã Kông Bơ La,commune,625,2025-06-30
23677,Thị trấn Đăk Đoa,commune,626,2025-06-30
23680,Xã Hà Đông,commune,626,2025-06-30
23683,Xã Đăk Sơmei,commune,626,2025-06-30
23684,Xã Đăk Krong,commune,626,2025-06-30
23686,Xã Hải Yang,commune,626,2025-06-30
23689,Xã Kon Gang,commune,626,2025-06-30
23692,Xã Hà Bầu,commune,626,2025-06-30
23695,Xã Nam Yang,commune,626,2025-06-30
23698,Xã K' Dang,commune,626,2025-06-30
23701,Xã H' Neng,commune,626,2025-06-30
23704,Xã Tân Bình,commune,626,2025-06-30
23707,Xã Glar,commune,626,2025-06-30
23710,Xã A Dơk,commune,626,2025-06-30
23713,Xã Trang,commune,626,2025-06-30
23714,Xã HNol,commune,626,2025-06-30
23716,Xã Ia Pết,commune,626,2025-06-30
23719,Xã Ia Băng,commune,626,2025-06-30
23722,Thị trấn Phú Hòa,commune,627,2025-06-30
23725,Xã Hà Tây,commune,627,2025-06-30
23728,Xã Ia Khươl,commune,627,2025-06-30
23731,Xã Ia Phí,commune,627,2025-06-30
23734,Thị trấn Ia Ly,commune,627,2025-06-30
23737,Xã Ia Mơ Nông,commune,627,2025-06-30
23738,Xã Ia Kreng,commune,627,2025-06-30
23740,Xã Đăk Tơ Ver,commune,627,2025-06-30
23743,Xã Hòa Phú,commune,627,2025-06-30
23746,Xã Chư Đăng Ya,commune,627,2025-06-30
23749,Xã Ia Ka,commune,627,2025-06-30
23752,Xã Ia Nhin,commune,627,2025-06-30
23755,Xã Nghĩa Hòa,commune,627,2025-06-30
23761,Xã Nghĩa Hưng,commune,627,2025-06-30
23764,Thị trấn Ia Kha,commune,628,2025-06-30
23767,Xã Ia Sao,commune,628,2025-06-30
23768,Xã Ia Yok,commune,628,2025-06-30
23770,Xã Ia Hrung,commune,628,2025-06-30
23771,Xã Ia Bă,commune,628,2025-06-30
23773,Xã Ia Khai,commune,628,2025-06-30
23776,Xã Ia KRai,commune,628,2025-06-30
23778,Xã Ia Grăng,commune,628,2025-06-30
23779,Xã Ia Tô,commune,628,2025-06-30
23782,Xã Ia O,commune,628,2025-06-30
23785,Xã Ia Dêr,commune,628,2025-06-30
23788,Xã Ia Chia,commune,628,2025-06-30
23791,Xã Ia Pếch,commune,628,2025-06-30
23794,Thị trấn Kon Dơng,commune,629,2025-06-30
23797,Xã Ayun,commune,629,2025-06-30
23798,Xã Đak Jơ Ta,commune,629,2025-06-30
23799,Xã Đak Ta Ley,commune,629,2025-06-30
23800,Xã Hra,commune,629,2025-06-30
23803,Xã Đăk Yă,commune,629,2025-06-30
23806,Xã Đăk Djrăng,commune,629,2025-06-30
23809,Xã Lơ Pang,commune,629,2025-06-30
23812,Xã Kon Thụp,commune,629,2025-06-30
23815,Xã Đê Ar,commune,629,2025-06-30
23818,Xã Kon Chiêng,commune,629,2025-06-30
23821,Xã Đăk Trôi,commune,629,2025-06-30
23824,Thị trấn Kông Chro,commune,630,2025-06-30
23827,Xã Chư Krêy,commune,630,2025-06-30
23830,Xã An Trung,commune,630,2025-06-30
23833,Xã Kông Yang,commune,630,2025-06-30
23836,Xã Đăk Tơ Pang,commune,630,2025-06-30
23839,Xã SRó,commune,630,2025-06-30
23840,Xã Đắk Kơ Ning,commune,630,2025-06-30
23842,Xã Đăk Song,commune,630,2025-06-30
23843,Xã Đăk Pling,commune,630,2025-06-30
23845,Xã Yang Trung,commune,630,2025-06-30
23846,Xã Đăk Pơ Pho,commune,630,2025-06-30
23848,Xã Ya Ma,commune,630,2025-06-30
23851,Xã Chơ Long,commune,630,2025-06-30
23854,Xã Yang Nam,commune,630,2025-06-30
23857,Thị trấn Chư Ty,commune,631,2025-06-30
23860,Xã Ia Dơk,commune,631,2025-06-30
23863,Xã Ia Krêl,commune,631,2025-06-30
23866,Xã Ia Din,commune,631,2025-06-30
23869,Xã Ia Kla,commune,631,2025-06-30
23872,Xã Ia Dom,commune,631,2025-06-30
23875,Xã Ia Lang,commune,631,2025-06-30
23878,Xã Ia Kriêng,commune,631,2025-06-30
23881,Xã Ia Pnôn,commune,631,2025-06-30
23884,Xã Ia Nan,commune,631,2025-06-30
23887,Thị trấn Chư Prông,commune,632,2025-06-30
23888,Xã Ia Kly,commune,632,2025-06-30
23890,Xã Bình Giáo,commune,632,2025-06-30
23893,Xã Ia Drăng,commune,632,2025-06-30
23896,Xã Thăng Hưng,commune,632,2025-06-30
23899,Xã Bàu Cạn,commune,632,2025-06-30
23902,Xã Ia Phìn,commune,632,2025-06-30
23905,Xã Ia Băng,commune,632,2025-06-30
23908,Xã Ia Tôr,commune,632,2025-06-30
23911,Xã Ia Boòng,commune,632,2025-06-30
23914,Xã Ia O,commune,632,2025-06-30
23917,Xã Ia Púch,commune,632,2025-06-30
23920,Xã Ia Me,commune,632,2025-06-30
23923,Xã Ia Vê,commune,632,2025-06-30
23924,Xã Ia Bang,commune,632,2025-06-30
23926,Xã Ia Pia,commune,632,2025-06-30
23929,Xã Ia Ga,commune,632,2025-06-30
23932,Xã Ia Lâu,commune,632,2025-06-30
23935,Xã Ia Piơr,commune,632,2025-06-30
23938,Xã Ia Mơ,commune,632,2025-06-30
23941,Thị trấn Chư Sê,commune,633,2025-06-30
23942,Thị trấn Nhơn Hoà,commune,639,2025-06-30
23944,Xã Ia Tiêm,commune,633,2025-06-30
23945,Xã Chư Pơng,commune,633,2025-06-30
23946,Xã Bar Măih,commune,633,2025-06-30
23947,Xã Bờ Ngoong,commune,633,2025-06-30
23950,Xã Ia Glai,commune,633,2025-06-30
23953,Xã AL Bá,commune,633,2025-06-30
23954,Xã Kông HTok,commune,633,2025-06-30
23956,Xã AYun,commune,633,2025-06-30
23959,Xã Ia HLốp,commune,633,2025-06-30
23962,Xã Ia Blang,commune,633,2025-06-30
23965,Xã Dun,commune,633,2025-06-30
23966,Xã Ia Pal,commune,633,2025-06-30
23968,Xã H Bông,commune,633,2025-06-30
23971,Xã Ia Hrú,commune,639,2025-06-30
23972,Xã Ia Rong,commune,639,2025-06-30
23974,Xã Ia Dreng,commune,639,2025-06-30
23977,Xã Ia Ko,commune,633,2025-06-30
23978,Xã Ia Hla,commune,639,2025-06-30
23980,Xã Chư Don,commune,639,2025-06-30
23983,Xã Ia Phang,commune,639,2025-06-30
23986,Xã Ia Le,commune,639,2025-06-30
23987,Xã Ia BLứ,commune,639,2025-06-30
23989,Xã Hà Tam,commune,634,2025-06-30
23992,Xã An Thành,commune,634,2025-06-30
23995,Thị trấn Đak Pơ,commune,634,2025-06-30
23998,Xã Yang Bắc,commune,634,2025-06-30
24001,Xã Cư An,commune,634,2025-06-30
24004,Xã Tân An,commune,634,2025-06-30
24007,Xã Phú An,commune,634,2025-06-30
24010,Xã Ya Hội,commune,634,2025-06-30
24013,Xã Pờ Tó,commune,635,2025-06-30
24016,Xã Chư Răng,commune,635,2025-06-30
24019,Xã Ia KDăm,commune,635,2025-06-30
24022,Xã Kim Tân,commune,635,2025-06-30
24025,Xã Chư Mố,commune,635,2025-06-30
24028,Xã Ia Tul,commune,635,2025-06-30
24031,Xã Ia Ma Rơn,commune,635,2025-06-30
24034,Xã Ia Broăi,commune,635,2025-06-30
24037,Xã Ia Trok,commune,635,2025-06-30
24041,Phường Cheo Reo,commune,624,2025-06-30
24042,Phường Hòa Bình,commune,624,2025-06-30
24043,Thị trấn Phú Thiện,commune,638,2025-06-30
24044,Phường Đoàn Kết,commune,624,2025-06-30
24045,Phường Sông Bờ,commune,624,2025-06-30
24046,Xã Chư A Thai,commune,638,2025-06-30
24048,Xã Ayun Hạ,commune,638,2025-06-30
24049,Xã Ia Ake,commune,638,2025-06-30
24052,Xã Ia Sol,commune,638,2025-06-30
24055,Xã Ia Piar,commune,638,2025-06-30
24058,Xã Ia Peng,commune,638,2025-06-30
24060,Xã Chrôh Pơnan,commune,638,2025-06-30
24061,Xã Ia Hiao,commune,638,2025-06-30
24064,Xã Ia RBol,commune,624,2025-06-30
24065,Xã Chư Băh,commune,624,2025-06-30
24067,Xã Ia Yeng,commune,638,2025-06-30
24070,Xã Ia RTô,commune,624,2025-06-30
24073,Xã Ia Sao,commune,624,2025-06-30
24076,Thị trấn Phú Túc,commune,637,2025-06-30
24079,Xã Ia RSai,commune,637,2025-06-30
24082,Xã Ia RSươm,commune,637,2025-06-30
24085,Xã Chư Gu,commune,637,2025-06-30
24088,Xã Đất Bằng,commune,637,2025-06-30
24091,Xã Ia Mláh,commune,637,2025-06-30
24094,Xã Chư Drăng,commune,637,2025-06-30
24097,Xã Phú Cần,commune,637,2025-06-30
24100,Xã Ia HDreh,commune,637,2025-06-30
24103,Xã Ia RMok,commune,637,2025-06-30
24106,Xã Chư Ngọc,commune,637,2025-06-30
24109,Xã Uar,commune,637,2025-06-30
24112,Xã Chư Rcăm,commune,637,2025-06-30
24115,Xã Krông Năng,commune,637,2025-06-30
`;

export const UNITS_FROM_2025_07_CSV = `code,name,level,parent_code,valid_from,old_province_code,old_district_codes,formed_from_old_codes,formed_from_old_names
52,Tỉnh Gia Lai,province,,2025-07-01,52;64,,,Tỉnh Bình Định và tỉnh Gia Lai
21553,Phường Quy Nhơn Bắc,commune,52,2025-07-01,52,540,21559;21553,"Phường Trần Quang Diệu, Phường Nhơn Phú"
21583,Phường Quy Nhơn,commune,52,2025-07-01,52,540,21556;21562;21583;21580,"Phường Đống Đa (thành phố Quy Nhơn), Phường Hải Cảng, Phường Thị Nại, Phường Trần Phú"
21589,Phường Quy Nhơn Tây,commune,52,2025-07-01,52,540,21589;21991,"Phường Bùi Thị Xuân, Xã Phước Mỹ"
21592,Phường Quy Nhơn Nam,commune,52,2025-07-01,52,540,21577;21592;21565;21595,"Phường Ngô Mây (thành phố Quy Nhơn), Phường Nguyễn Văn Cừ, Phường Quang Trung, Phường Ghềnh Ráng"
21601,Phường Quy Nhơn Đông,commune,52,2025-07-01,52,540,21550;21601;21598;21604,"Phường Nhơn Bình, Xã Nhơn Hội, Xã Nhơn Lý, Xã Nhơn Hải"
21607,Xã Nhơn Châu,commune,52,2025-07-01,52,540,21607,giữ nguyên (không sắp xếp)
21609,Xã An Lão,commune,52,2025-07-01,52,542,21609;21625;21610,"Thị trấn An Lão, Xã An Tân, Xã An Hưng"
21616,Xã An Vinh,commune,52,2025-07-01,52,542,21613;21616;21619,"Xã An Trung (huyện An Lão), Xã An Dũng, Xã An Vinh"
21622,Xã An Toàn,commune,52,2025-07-01,52,542,21622;21634,"Xã An Toàn, Xã An Nghĩa (phần còn lại sau khi sáp nhập vào xã An Hòa)"
21628,Xã An Hòa,commune,52,2025-07-01,52,542,21628;21631;21634,"Xã An Hòa, Xã An Quang, Xã An Nghĩa"
21637,Phường Tam Quan,commune,52,2025-07-01,52,543,21637;21649,"Phường Tam Quan, Xã Hoài Châu"
21640,Phường Bồng Sơn,commune,52,2025-07-01,52,543,21685;21640,"Phường Hoài Đức, Phường Bồng Sơn"
21655,Phường Hoài Nhơn Bắc,commune,52,2025-07-01,52,543,21655;21643;21646,"Phường Tam Quan Bắc, Xã Hoài Sơn, Xã Hoài Châu Bắc"
21661,Phường Hoài Nhơn Tây,commune,52,2025-07-01,52,543,21661;21652,"Phường Hoài Hảo, Xã Hoài Phú"
21664,Phường Hoài Nhơn,commune,52,2025-07-01,52,543,21667;21658;21664,"Phường Hoài Thanh, Phường Tam Quan Nam, Phường Hoài Thanh Tây"
21670,Phường Hoài Nhơn Đông,commune,52,2025-07-01,52,543,21670;21676;21682,"Phường Hoài Hương, Xã Hoài Hải, Xã Hoài Mỹ"
21673,Phường Hoài Nhơn Nam,commune,52,2025-07-01,52,543,21673;21679,"Phường Hoài Tân, Phường Hoài Xuân"
21688,Xã Hoài Ân,commune,52,2025-07-01,52,544,21688;21709;21712;21724,"Thị trấn Tăng Bạt Hổ, Xã Ân Phong, Xã Ân Đức, Xã Ân Tường Đông"
21697,Xã Ân Hảo,commune,52,2025-07-01,52,544,21690;21691;21697,"Xã Ân Hảo Tây, Xã Ân Hảo Đông, Xã Ân Mỹ"
21703,Xã Vạn Đức,commune,52,2025-07-01,52,544,21694;21703;21706,"Xã Ân Sơn, Xã Ân Tín, Xã Ân Thạnh"
21715,Xã Ân Tường,commune,52,2025-07-01,52,544,21721;21715;21700,"Xã Ân Tường Tây, Xã Ân Hữu, Xã Đak Mang"
21727,Xã Kim Sơn,commune,52,2025-07-01,52,544,21727;21718,"Xã Ân Nghĩa, Xã Bok Tới"
21730,Xã Phù Mỹ,commune,52,2025-07-01,52,545,21730;21772;21784,"Thị trấn Phù Mỹ, Xã Mỹ Quang, Xã Mỹ Chánh Tây"
21733,Xã Bình Dương,commune,52,2025-07-01,52,545,21733;21748;21754,"Thị trấn Bình Dương, Xã Mỹ Lợi, Xã Mỹ Phong"
21739,Xã Phù Mỹ Bắc,commune,52,2025-07-01,52,545,21736;21739;21745,"Xã Mỹ Đức, Xã Mỹ Châu, Xã Mỹ Lộc"
21751,Xã Phù Mỹ Đông,commune,52,2025-07-01,52,545,21751;21760;21742,"Xã Mỹ An, Xã Mỹ Thọ, Xã Mỹ Thắng"
21757,Xã Phù Mỹ Tây,commune,52,2025-07-01,52,545,21757;21763,"Xã Mỹ Trinh, Xã Mỹ Hòa"
21769,Xã An Lương,commune,52,2025-07-01,52,545,21769;21766;21781,"Xã Mỹ Chánh, Xã Mỹ Thành, Xã Mỹ Cát"
21775,Xã Phù Mỹ Nam,commune,52,2025-07-01,52,545,21778;21775,"Xã Mỹ Tài, Xã Mỹ Hiệp"
21786,Xã Vĩnh Thạnh,commune,52,2025-07-01,52,546,21786;21799,"Thị trấn Vĩnh Thạnh, Xã Vĩnh Hảo"
21787,Xã Vĩnh Sơn,commune,52,2025-07-01,52,546,21790;21787,"Xã Vĩnh Kim, Xã Vĩnh Sơn"
21796,Xã Vĩnh Thịnh,commune,52,2025-07-01,52,546,21796;21802,"Xã Vĩnh Hiệp, Xã Vĩnh Thịnh"
21805,Xã Vĩnh Quang,commune,52,2025-07-01,52,546,21804;21801;21805,"Xã Vĩnh Thuận, Xã Vĩnh Hòa, Xã Vĩnh Quang"
21808,Xã Tây Sơn,commune,52,2025-07-01,52,547,21808;21844;21847,"Thị trấn Phú Phong, Xã Tây Xuân, Xã Bình Nghi"
21817,Xã Bình Hiệp,commune,52,2025-07-01,52,547,21817;21811;21826,"Xã Bình Thuận, Xã Bình Tân, Xã Tây An"
21820,Xã Bình Khê,commune,52,2025-07-01,52,547,21820;21814,"Xã Tây Giang, Xã Tây Thuận"
21829,Xã Bình An,commune,52,2025-07-01,52,547,21838;21832;21829;21823,"Xã Tây Vinh, Xã Tây Bình, Xã Bình Hòa, Xã Bình Thành"
21835,Xã Bình Phú,commune,52,2025-07-01,52,547,21841;21835;21850,"Xã Vĩnh An, Xã Bình Tường, Xã Tây Phú"
21853,Xã Phù Cát,commune,52,2025-07-01,52,548,21853;21877;21895,"Thị trấn Ngô Mây, Xã Cát Trinh, Xã Cát Tân"
21859,Xã Đề Gi,commune,52,2025-07-01,52,548,21862;21859;21865,"Thị trấn Cát Khánh, Xã Cát Minh, Xã Cát Tài"
21868,Xã Hội Sơn,commune,52,2025-07-01,52,548,21868;21856,"Xã Cát Lâm, Xã Cát Sơn"
21871,Xã Hòa Hội,commune,52,2025-07-01,52,548,21871;21883,"Xã Cát Hanh, Xã Cát Hiệp"
21880,Xã Cát Tiến,commune,52,2025-07-01,52,548,21898;21874;21880,"Thị trấn Cát Tiến, Xã Cát Thành, Xã Cát Hải"
21892,Xã Xuân An,commune,52,2025-07-01,52,548,21886;21892,"Xã Cát Nhơn, Xã Cát Tường"
21901,Xã Ngô Mây,commune,52,2025-07-01,52,548,21889;21901;21904,"Xã Cát Hưng, Xã Cát Thắng, Xã Cát Chánh"
21907,Phường Bình Định,commune,52,2025-07-01,52,549,21907;21937;21931,"Phường Bình Định, Xã Nhơn Khánh, Xã Nhơn Phúc"
21910,Phường An Nhơn,commune,52,2025-07-01,52,549,21910;21913;21922,"Phường Đập Đá, Xã Nhơn Mỹ, Xã Nhơn Hậu"
21925,Phường An Nhơn Bắc,commune,52,2025-07-01,52,549,21916;21925;21919,"Phường Nhơn Thành, Xã Nhơn Phong, Xã Nhơn Hạnh"
21934,Phường An Nhơn Đông,commune,52,2025-07-01,52,549,21934;21928,"Phường Nhơn Hưng, Xã Nhơn An"
21940,Xã An Nhơn Tây,commune,52,2025-07-01,52,549,21940;21946,"Xã Nhơn Lộc, Xã Nhơn Tân"
21943,Phường An Nhơn Nam,commune,52,2025-07-01,52,549,21943;21949,"Phường Nhơn Hòa, Xã Nhơn Thọ"
21952,Xã Tuy Phước,commune,52,2025-07-01,52,550,21952;21955;21982;21979;21976,"Thị trấn Tuy Phước, Thị trấn Diêu Trì, Xã Phước Thuận, Xã Phước Nghĩa, Xã Phước Lộc"
21964,Xã Tuy Phước Bắc,commune,52,2025-07-01,52,550,21973;21961;21964,"Xã Phước Hiệp, Xã Phước Hưng, Xã Phước Quang"
21970,Xã Tuy Phước Đông,commune,52,2025-07-01,52,550,21970;21967;21958,"Xã Phước Sơn, Xã Phước Hòa, Xã Phước Thắng"
21985,Xã Tuy Phước Tây,commune,52,2025-07-01,52,550,21985;21988,"Xã Phước An, Xã Phước Thành"
21994,Xã Vân Canh,commune,52,2025-07-01,52,551,21994;22009;22012;22000,"Thị trấn Vân Canh, Xã Canh Thuận, Xã Canh Hòa, Xã Canh Hiệp"
21997,Xã Canh Liên,commune,52,2025-07-01,52,551,21997,Xã Canh Liên (phần còn lại sau khi sáp nhập vào xã Canh Vinh)
22006,Xã Canh Vinh,commune,52,2025-07-01,52,551,22003;22006;21997;22000,"Xã Canh Vinh, Xã Canh Hiển, Xã Canh Liên, Xã Canh Hiệp (phần còn lại sau khi sáp nhập vào xã Vân Canh)"
23563,Phường Diên Hồng,commune,52,2025-07-01,64,622,23557;23563;23560;23605,"Phường Yên Đỗ, Phường Ia Kring, Phường Diên Hồng, Xã Diên Phú"
23575,Phường Pleiku,commune,52,2025-07-01,64,622,23575;23566;23572;23570;23596,"Phường Tây Sơn (thành phố Pleiku), Phường Hội Thương, Phường Hoa Lư, Phường Phù Đổng, Xã Trà Đa"
23584,Phường Thống Nhất,commune,52,2025-07-01,64,622,23579;23584;23578,"Phường Đống Đa (thành phố Pleiku), Phường Yên Thế, Phường Thống Nhất"
23586,Phường Hội Phú,commune,52,2025-07-01,64,622,23581;23586;23569,"Phường Trà Bá, Phường Chi Lăng, Phường Hội Phú"
23590,Xã Biển Hồ,commune,52,2025-07-01,64,627;626;622,23761;23746;23692;23590,"Xã Nghĩa Hưng, Xã Chư Đang Ya, Xã Hà Bầu, Xã Biển Hồ"
23602,Phường An Phú,commune,52,2025-07-01,64,622,23582;23599;23602,"Phường Thắng Lợi, Xã Chư Á, Xã An Phú"
23611,Xã Gào,commune,52,2025-07-01,64,622;628,23608;23791;23611,"Xã Ia Kênh, Xã Ia Pếch, Xã Gào"
23614,Phường An Bình,commune,52,2025-07-01,64,623;634,23614;24004;24001,"Phường An Bình, Xã Tân An, Xã Cư An"
23617,Phường An Khê,commune,52,2025-07-01,64,623,23633;23617;23620;23630;23623;23635,"Phường Ngô Mây, Phường Tây Sơn (thị xã An Khê), Phường An Phú, Phường An Phước, Phường An Tân, Xã Thành An"
23629,Xã Cửu An,commune,52,2025-07-01,64,623,23626;23627;23632;23629,"Xã Tú An, Xã Xuân An, Xã Song An, Xã Cửu An"
23638,Xã Kbang,commune,52,2025-07-01,64,625,23638;23656;23660,"Thị trấn Kbang, Xã Lơ Ku, Xã Đak Smar"
23644,Xã Đak Rong,commune,52,2025-07-01,64,625,23641;23644,"Xã Kon Pne, Xã Đak Rong"
23647,Xã Sơn Lang,commune,52,2025-07-01,64,625,23653;23647,"Xã Sơ Pai, Xã Sơn Lang"
23650,Xã Krong,commune,52,2025-07-01,64,625,23650,giữ nguyên (không sắp xếp)
23668,Xã Tơ Tung,commune,52,2025-07-01,64,625,23668;23665,"Xã Kông Lơng Khơng, Xã Tơ Tung"
23674,Xã Kông Bơ La,commune,52,2025-07-01,64,625,23659;23662;23674,"Xã Đông, Xã Nghĩa An, Xã Kông Bơ La"
23677,Xã Đak Đoa,commune,52,2025-07-01,64,626,23677;23704;23707,"Thị trấn Đak Đoa, Xã Tân Bình, Xã Glar"
23683,Xã Đak Sơmei,commune,52,2025-07-01,64,626,23680;23683,"Xã Hà Đông, Xã Đak Sơmei"
23701,Xã Kon Gang,commune,52,2025-07-01,64,626,23684;23701;23695;23689,"Xã Đak Krong, Xã Hneng, Xã Nam Yang, Xã Kon Gang"
23710,Xã Ia Băng,commune,52,2025-07-01,64,626,23719;23710;23716,"Xã Ia Băng (huyện Đak Đoa), Xã Adơk, Xã Ia Pết"
23714,Xã KDang,commune,52,2025-07-01,64,626,23714;23713;23698,"Xã Hnol, Xã Trang, Xã KDang"
23722,Xã Chư Păh,commune,52,2025-07-01,64,627,23722;23755;23743,"Thị trấn Phú Hòa, Xã Nghĩa Hòa, Xã Hòa Phú"
23728,Xã Ia Khươl,commune,52,2025-07-01,64,627,23740;23725;23728,"Xã Đăk Tơ Ver, Xã Hà Tây, Xã Ia Khươl"
23734,Xã Ia Ly,commune,52,2025-07-01,64,627,23734;23737;23738,"Thị trấn Ia Ly, Xã Ia Mơ Nông, Xã Ia Kreng"
23749,Xã Ia Phí,commune,52,2025-07-01,64,627,23749;23752;23731,"Xã Ia Ka, Xã Ia Nhin, Xã Ia Phí"
23764,Xã Ia Grai,commune,52,2025-07-01,64,628,23764;23771;23778,"Thị trấn Ia Kha, Xã Ia Bă, Xã Ia Grăng"
23767,Xã Ia Hrung,commune,52,2025-07-01,64,628,23767;23768;23785;23770,"Xã Ia Sao (huyện Ia Grai), Xã Ia Yok, Xã Ia Dêr, Xã Ia Hrung"
23776,Xã Ia Krái,commune,52,2025-07-01,64,628,23779;23773;23776,"Xã Ia Tô, Xã Ia Khai, Xã Ia Krái"
23782,Xã Ia O,commune,52,2025-07-01,64,628,23782,giữ nguyên (không sắp xếp)
23788,Xã Ia Chia,commune,52,2025-07-01,64,628,23788,giữ nguyên (không sắp xếp)
23794,Xã Mang Yang,commune,52,2025-07-01,64,629;626,23794;23803;23806;23686,"Thị trấn Kon Dơng, Xã Đăk Yă, Xã Đak Djrăng, Xã Hải Yang"
23798,Xã Ayun,commune,52,2025-07-01,64,629,23798;23797,"Xã Đak Jơ Ta, Xã Ayun (huyện Mang Yang)"
23799,Xã Hra,commune,52,2025-07-01,64,629,23799;23800,"Xã Đak Ta Ley, Xã Hra"
23812,Xã Lơ Pang,commune,52,2025-07-01,64,629,23815;23812;23809,"Xã Đê Ar, Xã Kon Thụp, Xã Lơ Pang"
23818,Xã Kon Chiêng,commune,52,2025-07-01,64,629,23821;23818,"Xã Đak Trôi, Xã Kon Chiêng"
23824,Xã Kông Chro,commune,52,2025-07-01,64,630,23824;23845;23854,"Thị trấn Kông Chro, Xã Yang Trung, Xã Yang Nam"
23830,Xã Chư Krey,commune,52,2025-07-01,64,630,23830;23827,"Xã An Trung (huyện Kông Chro), Xã Chư Krey"
23833,Xã Ya Ma,commune,52,2025-07-01,64,630,23836;23833;23848,"Xã Đăk Tơ Pang, Xã Kông Yang, Xã Ya Ma"
23839,Xã SRó,commune,52,2025-07-01,64,630,23840;23839,"Xã Đăk Kơ Ning, Xã SRó"
23842,Xã Đăk Song,commune,52,2025-07-01,64,630,23843;23842,"Xã Đăk Pling, Xã Đăk Song"
23851,Xã Chơ Long,commune,52,2025-07-01,64,630,23846;23851,"Xã Đăk Pơ Pho, Xã Chơ GLong"
23857,Xã Đức Cơ,commune,52,2025-07-01,64,631,23857;23878,"Thị trấn Chư Ty, Xã Ia Kriêng"
23866,Xã Ia Krêl,commune,52,2025-07-01,64,631,23875;23866;23863,"Xã Ia Lang, Xã Ia Din, Xã Ia Krêl"
23869,Xã Ia Dơk,commune,52,2025-07-01,64,631,23869;23860,"Xã Ia Kla, Xã Ia Dơk"
23872,Xã Ia Dom,commune,52,2025-07-01,64,631,23872,giữ nguyên (không sắp xếp)
23881,Xã Ia Pnôn,commune,52,2025-07-01,64,631,23881,giữ nguyên (không sắp xếp)
23884,Xã Ia Nan,commune,52,2025-07-01,64,631,23884,giữ nguyên (không sắp xếp)
23887,Xã Chư Prông,commune,52,2025-07-01,64,632,23887;23902;23888;23893,"Thị trấn Chư Prông, Xã Ia Phìn, Xã Ia Kly, Xã Ia Drang"
23896,Xã Bàu Cạn,commune,52,2025-07-01,64,632,23896;23890;23899,"Xã Thăng Hưng, Xã Bình Giáo, Xã Bàu Cạn"
23908,Xã Ia Tôr,commune,52,2025-07-01,64,632,23905;23924;23908,"Xã Ia Băng (huyện Chư Prông), Xã Ia Bang, Xã Ia Tôr"
23911,Xã Ia Boòng,commune,52,2025-07-01,64,632,23914;23920;23911,"Xã Ia O (huyện Chư Prông), Xã Ia Me, Xã Ia Boòng"
23917,Xã Ia Púch,commune,52,2025-07-01,64,632,23917,giữ nguyên (không sắp xếp)
23926,Xã Ia Pia,commune,52,2025-07-01,64,632,23929;23923;23926,"Xã Ia Ga, Xã Ia Vê, Xã Ia Pia"
23935,Xã Ia Lâu,commune,52,2025-07-01,64,632,23935;23932,"Xã Ia Piơr, Xã Ia Lâu"
23938,Xã Ia Mơ,commune,52,2025-07-01,64,632,23938,giữ nguyên (không sắp xếp)
23941,Xã Chư Sê,commune,52,2025-07-01,64,633,23941;23965;23962;23966;23950,"Thị trấn Chư Sê, Xã Dun, Xã Ia Blang, Xã Ia Pal, Xã Ia Glai"
23942,Xã Chư Pưh,commune,52,2025-07-01,64,639,23942;23980;23983,"Thị trấn Nhơn Hòa, Xã Chư Don, Xã Ia Phang"
23947,Xã Bờ Ngoong,commune,52,2025-07-01,64,633,23946;23944;23945;23947,"Xã Bar Măih, Xã Ia Tiêm, Xã Chư Pơng, Xã Bờ Ngoong"
23954,Xã Al Bá,commune,52,2025-07-01,64,633,23956;23954;23953,"Xã Ayun (huyện Chư Sê), Xã Kông Htok, Xã Al Bá"
23971,Xã Ia Hrú,commune,52,2025-07-01,64,639;633,23974;23972;23968;23971,"Xã Ia Dreng, Xã Ia Rong, Xã HBông, Xã Ia Hrú"
23977,Xã Ia Ko,commune,52,2025-07-01,64,633;639,23959;23978;23977,"Xã Ia Hlốp, Xã Ia Hla, Xã Ia Ko"
23986,Xã Ia Le,commune,52,2025-07-01,64,639,23987;23986,"Xã Ia Blứ, Xã Ia Le"
23995,Xã Đak Pơ,commune,52,2025-07-01,64,634,23995;23989;23992;23998,"Thị trấn Đak Pơ, Xã Hà Tam, Xã An Thành, Xã Yang Bắc"
24007,Xã Ya Hội,commune,52,2025-07-01,64,634,24007;24010,"Xã Phú An, Xã Ya Hội"
24013,Xã Pờ Tó,commune,52,2025-07-01,64,635,24016;24013,"Xã Chư Răng, Xã Pờ Tó"
24022,Xã Ia Pa,commune,52,2025-07-01,64,635,24031;24022;24037,"Xã Ia Mrơn, Xã Kim Tân, Xã Ia Trôk"
24028,Xã Ia Tul,commune,52,2025-07-01,64,635,24025;24034;24019;24028,"Xã Chư Mố, Xã Ia Broăi, Xã Ia Kdăm, Xã Ia Tul"
24043,Xã Phú Thiện,commune,52,2025-07-01,64,638,24043;24052;24055;24067,"Thị trấn Phú Thiện, Xã Ia Sol, Xã Ia Piar, Xã Ia Yeng"
24044,Phường Ayun Pa,commune,52,2025-07-01,64,624,24044;24045;24041;24042,"Phường Đoàn Kết, Phường Sông Bờ, Phường Cheo Reo, Phường Hòa Bình"
24049,Xã Chư A Thai,commune,52,2025-07-01,64,638,24048;24049;24046,"Xã Ayun Hạ, Xã Ia Ake, Xã Chư A Thai"
24061,Xã Ia Hiao,commune,52,2025-07-01,64,638,24060;24058;24061,"Xã Chrôh Pơnan, Xã Ia Peng, Xã Ia Hiao"
24065,Xã Ia Rbol,commune,52,2025-07-01,64,624,24065;24064,"Xã Chư Băh, Xã Ia Rbol"
24073,Xã Ia Sao,commune,52,2025-07-01,64,624,24073;24070,"Xã Ia Sao (thị xã Ayun Pa), Xã Ia Rtô"
24076,Xã Phú Túc,commune,52,2025-07-01,64,637,24076;24097;24106;24091;24088,"Thị trấn Phú Túc, Xã Phú Cần, Xã Chư Ngọc, Xã Ia Mlah, Xã Đất Bằng"
24100,Xã Ia Dreh,commune,52,2025-07-01,64,637,24103;24115;24100,"Xã Ia Rmok, Xã Krông Năng, Xã Ia Dreh"
24109,Xã Uar,commune,52,2025-07-01,64,637,24082;24094;24109,"Xã Ia Rsươm, Xã Chư Drăng, Xã Uar"
24112,Xã Ia Rsai,commune,52,2025-07-01,64,637,24112;24085;24079,"Xã Chư RCăm, Xã Chư Gu, Xã Ia Rsai"
`;
