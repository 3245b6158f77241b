namespace NavLederprogram.Programmes;

public sealed record AttendanceSheetDto(Guid CohortId, SessionDto Session, IReadOnlyList<AttendanceRowDto> Rows);
