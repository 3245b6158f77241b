namespace NavLederprogram.Programmes;

public sealed record SessionAttendanceDto(SessionDto Session, bool? Present);
