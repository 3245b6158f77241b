using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record MilestoneOutcomeDto(DateTime RanAt, bool Succeeded, string Result, bool ByHand);
