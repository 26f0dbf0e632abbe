"""Vietnamese names and places for the demo school (NFC), drawn deterministically from a seeded Random."""

from __future__ import annotations

import random

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai"]
FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Gia", "Đức", "Hữu", "Thành", "Hoàng", "Anh", "Tuấn", "Nhật"]
MIDDLE_F = ["Thị", "Ngọc", "Thanh", "Thu", "Bảo", "Khánh", "Phương", "Minh", "Hồng", "Mai", "Diệu"]
GIVEN_M = ["An", "Bảo", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Huy", "Hùng", "Khang", "Khoa",
           "Khôi", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nhân", "Phát", "Phong", "Phúc", "Quân",
           "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thịnh", "Tiến", "Toàn", "Trí", "Trung", "Tuấn", "Việt", "Vinh"]
GIVEN_F = ["An", "Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hân", "Hạnh", "Hằng", "Hiền", "Hoa",
           "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương",
           "Quỳnh", "Thảo", "Thư", "Thủy", "Trang", "Trâm", "Uyên", "Vân", "Vy", "Xuân", "Yến"]
PLACES = ["Phường Bến Thành, TP. Hồ Chí Minh", "Phường Sài Gòn, TP. Hồ Chí Minh", "Xã Bình Chánh, TP. Hồ Chí Minh",
          "Phường Thủ Đức, TP. Hồ Chí Minh", "Xã Củ Chi, TP. Hồ Chí Minh", "Phường Dĩ An, TP. Hồ Chí Minh",
          "Xã Long Hựu, tỉnh Tây Ninh", "Phường Vũng Tàu, TP. Hồ Chí Minh", "Xã Hòa Khánh, tỉnh Đồng Tháp"]
STREETS = ["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
           "Cách Mạng Tháng Tám", "Võ Văn Tần", "Pasteur", "Nam Kỳ Khởi Nghĩa"]
JOBS = ["Công nhân", "Nông dân", "Buôn bán", "Giáo viên", "Kỹ sư", "Nhân viên văn phòng", "Tài xế", "Nội trợ",
        "Kinh doanh", "Thợ may", "Điều dưỡng"]
ETHNICITIES = ["Kinh"] * 18 + ["Hoa", "Khmer"]


def person_name(rng: random.Random, female: bool) -> str:
    """A full name: family, middle and given name."""
    family = rng.choices(FAMILY, FAMILY_WEIGHTS)[0]
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    return f"{family} {middle} {given}"


def address(rng: random.Random) -> str:
    """A street address in the school's area."""
    return f"{rng.randint(1, 250)} {rng.choice(STREETS)}, {rng.choice(PLACES[:4])}"
