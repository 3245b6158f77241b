using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>A cohort as the dashboard names it, with the number of modules its programme version has (what progress is out of).</summary>
[ModuleContract]
public sealed record ReportCohort(Guid Id, string Name, Guid ProgrammeId, TranslatedText ProgrammeName, DateOnly StartsOn, int Modules);
