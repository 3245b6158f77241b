using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public sealed record HomeFacilitatedCohortDto(Guid CohortId, string Name, CohortStatus Status, string StatusName, int Participants,
    int AwaitingAssessment, DateOnly StartsOn, DateOnly EndsOn);
