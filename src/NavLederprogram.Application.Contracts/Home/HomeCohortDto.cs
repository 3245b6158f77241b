using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public sealed record HomeCohortDto(Guid CohortId, string Name, CohortStatus Status, string StatusName, string? RegionName, int Capacity,
    int Enrolled, int Waitlisted, int Pending, DateOnly EnrolmentClosesOn, DateOnly StartsOn, bool AcceptsEnrolment);
