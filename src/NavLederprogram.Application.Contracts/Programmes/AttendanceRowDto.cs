namespace NavLederprogram.Programmes;

public sealed record AttendanceRowDto(Guid EnrolmentId, string PersonName, string OfficeName, bool? Present);
