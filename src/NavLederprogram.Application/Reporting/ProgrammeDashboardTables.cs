using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Reporting;

/// <summary>
/// The dashboard's tables as the exports write them: the same rows and numbers as the page, rates in percent with one decimal.
/// Column names are keys under <c>Page:Reporting.Column.</c>.
/// </summary>
internal static class ProgrammeDashboardTables
{
    public sealed record Table(string Title, string[] Columns, IReadOnlyList<object?[]> Rows);

    private static readonly string[] CountColumns =
        ["Enrolled", "Waitlisted", "InProgress", "Completed", "DroppedOut", "AverageProgress", "CompletionRate"];

    /// <summary>Every column any table has, in the order the one-sheet CSV lists them.</summary>
    public static readonly string[] AllColumns =
    [
        "Name", "Employer", .. CountColumns, "QuizTaken", "QuizPassed", "QuizPassRate", "Groups", "Members", "MeetingsHeld",
        "MeetingsCancelled", "AttendanceRate", "TargetKind", "Answered", "Eligible", "ResponseRate", "LikertAverage",
    ];

    public static IReadOnlyList<Table> Of(ProgrammeDashboardDto report)
    {
        static string Title(string key) => LocalizationTexts.Get("Page:Reporting." + key);
        static object?[] Counts(ProgrammeCountsDto c) =>
            [c.Enrolled, c.Waitlisted, c.InProgress, c.Completed, c.DroppedOut, Percent(c.AverageProgress), Percent(c.CompletionRate)];
        Table Breakdown(string key, IReadOnlyList<ProgrammeRowDto> rows) =>
            new(Title(key), ["Name", .. CountColumns], rows.Select(r => (object?[])[r.Name, .. Counts(r.Counts)]).ToList());

        return
        [
            new(Title("Total"), CountColumns, [Counts(report.Total)]),
            Breakdown("ByCohort", report.ByCohort),
            Breakdown("ByRegion", report.ByRegion),
            Breakdown("ByEmployer", report.ByEmployer),
            new(Title("Partnership"), ["Name", "Employer", .. CountColumns], report.Partnership
                .SelectMany(p => new[]
                {
                    (object?[])[p.Name, LocalizationTexts.EnumText(Employer.State), .. Counts(p.State)],
                    [p.Name, LocalizationTexts.EnumText(Employer.Municipality), .. Counts(p.Municipal)],
                }).ToList()),
            new(Title("Courses"), ["Name", "Enrolled", "Completed", "CompletionRate", "QuizTaken", "QuizPassed", "QuizPassRate"],
                report.Courses.Select(c => (object?[])[c.Name, c.Enrolled, c.Completed, Percent(c.CompletionRate), c.QuizTaken,
                    c.QuizPassed, Percent(c.QuizPassRate)]).ToList()),
            new(Title("Supervision"), ["Name", "Groups", "Members", "MeetingsHeld", "MeetingsCancelled", "AttendanceRate"],
                report.Supervision.ByRegion.Select(r => (object?[])[r.Name, r.Counts.Groups, r.Counts.Members, r.Counts.MeetingsHeld,
                    r.Counts.MeetingsCancelled, Percent(r.Counts.AttendanceRate)]).ToList()),
            new(Title("Evaluations"), ["Name", "TargetKind", "Answered", "Eligible", "ResponseRate", "LikertAverage"],
                report.Evaluations.Select(e => (object?[])[e.Title, LocalizationTexts.EnumText(e.TargetKind), e.Answered, e.Eligible,
                    Percent(e.ResponseRate), e.LikertAverage]).ToList()),
        ];
    }

    private static decimal Percent(decimal rate) => Math.Round(rate * 100, 1);
}
