using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>Cohorts, their gatherings and enrolment states as the programme's use cases show them.</summary>
internal static class CohortMapping
{
    public static IReadOnlyList<SessionDto> Sessions(Cohort c, ProgrammeVersion version) => Sessions(c, version.Modules);

    public static IReadOnlyList<SessionDto> Sessions(Cohort c, IReadOnlyList<ProgrammeModule> versionModules)
    {
        var modules = versionModules.ToDictionary(m => m.Id);
        return c.Sessions.OrderBy(s => s.StartsAt).Select(s => ToDto(s, modules.GetValueOrDefault(s.ModuleId))).ToList();
    }

    /// <summary>The gathering's title from the version, in every language it has; the schedule keeps only the bokmål one.</summary>
    public static TranslatedText GatheringTitle(CohortSession s, ProgrammeVersion? version) =>
        version?.Modules.FirstOrDefault(m => m.Id == s.ModuleId)?.Gatherings.FirstOrDefault(g => g.Id == s.GatheringId)?.Title ?? new TranslatedText(s.Title);

    public static SessionDto ToDto(CohortSession s, ProgrammeModule? module) =>
        new(s.Id, s.ModuleId, (module?.Title ?? TranslatedText.Empty).ToContent(),
            (module?.Gatherings.FirstOrDefault(g => g.Id == s.GatheringId)?.Title ?? new TranslatedText(s.Title)).ToContent(), s.Format, LocalizationTexts.EnumText(s.Format), s.StartsAt, s.EndsAt, s.DurationMinutes, s.Place, s.VideoLink);

    public static string StatusName(CohortStatus s) => LocalizationTexts.EnumText(s);

    public static string EnrolmentStatusName(EnrolmentStatus s) => LocalizationTexts.EnumText(s);
}
