using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record GrantContent(Guid CompetenceAreaId, int Level, int? ValidMonths);
