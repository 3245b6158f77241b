using System.Globalization;
using MiniExcelLibs;
using NavLederprogram.Competence;
using NavLederprogram.ELearning;
using NavLederprogram.Evaluations;
using NavLederprogram.Export;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Programmes;
using NavLederprogram.Validation;

namespace NavLederprogram.Reporting;

/// <summary>
/// The programme dashboard in the viewer's scope: a coordinator counts the participants, learners and groups of their own
/// offices, national admins the country. Every number comes from a grouped count query of the module that owns the data, so
/// the cost does not grow with the number of people; nothing anyone wrote is read.
/// </summary>
public sealed class ProgrammeDashboardAppService(
    IProgrammeReportQueries programmes,
    ICourseReportQueries courses,
    ICourseQueries courseNames,
    ISupervisionReportQueries supervision,
    IEvaluationSummaries evaluations,
    IOrganisationQueries organisation,
    CurrentAccessScope accessScope,
    TimeProvider clock) : IProgrammeDashboardAppService
{
    private const string Texts = "Page:Reporting.";
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false);

    public async Task<ProgrammeDashboardDto> GetAsync(ProgrammeDashboardQuery query, CancellationToken ct)
    {
        Validate(query);
        var culture = CultureInfo.CurrentUICulture.Name;
        var scope = await accessScope.GetAsync(ct);
        var offices = await organisation.GetOfficesAsync(ct);
        var regions = await organisation.GetRegionNamesAsync(ct);
        if (query.RegionId is { } regionId && (!scope.CoversRegion(regionId) || !regions.ContainsKey(regionId)))
            throw new EntityNotFoundException("Region", regionId);
        var officeIds = scope.IsNational ? null : scope.OfficeIds;
        var (fromUtc, toUtc) = (query.From is { } start ? OsloTime.ToUtc(start, TimeOnly.MinValue) : (DateTime?)null,
            query.To is { } end ? OsloTime.ToUtc(end.AddDays(1), TimeOnly.MinValue) : (DateTime?)null);

        var enrolments = await programmes.CountAsync(
            new ProgrammeReportFilter(officeIds, query.ProgrammeId, query.CohortId, query.RegionId, query.Employer, query.From, query.To), ct);
        if (query.CohortId is { } cohortId && enrolments.Cohorts.All(c => c.Id != cohortId))
            throw new EntityNotFoundException("Cohort", cohortId);
        var cohorts = enrolments.Cohorts.ToDictionary(c => c.Id);
        // Progress is out of the modules of each participant's cohort: rows that mix cohorts weigh each by its own.
        var rows = enrolments.Enrolments
            .Select(e => new Row(e, offices.GetValueOrDefault(e.OfficeId)?.RegionId ?? Guid.Empty,
                cohorts.GetValueOrDefault(e.CohortId)?.Modules ?? 0))
            .ToList();

        var byCohort = rows.GroupBy(r => r.Count.CohortId)
            .Select(g => new ProgrammeRowDto(g.Key.ToString(), cohorts.GetValueOrDefault(g.Key)?.Name ?? "", Counts(g)))
            .OrderBy(r => r.Name, NameOrder).ToList();
        var byRegion = rows.GroupBy(r => r.RegionId)
            .Select(g => new ProgrammeRowDto(g.Key.ToString(), regions.GetValueOrDefault(g.Key, ""), Counts(g)))
            .OrderBy(r => r.Name, NameOrder).ToList();
        var byEmployer = rows.GroupBy(r => r.Count.Employer).OrderBy(g => g.Key)
            .Select(g => new ProgrammeRowDto(g.Key.ToString(), LocalizationTexts.EnumText(g.Key), Counts(g)))
            .ToList();
        var partnership = rows.GroupBy(r => r.RegionId)
            .Select(g => new PartnershipRowDto(g.Key, regions.GetValueOrDefault(g.Key, ""),
                Counts(g.Where(r => r.Count.Employer == Employer.State)), Counts(g.Where(r => r.Count.Employer == Employer.Municipality))))
            .OrderBy(r => r.Name, NameOrder).ToList();

        var courseCounts = await courses.CountAsync(new CourseReportFilter(officeIds, query.RegionId, query.Employer, fromUtc, toUtc), ct);
        var titles = courseCounts.Count == 0 ? new Dictionary<Guid, string>()
            : (await courseNames.GetListAsync(courseCounts.Select(c => c.CourseId).ToList(), ct))
                .ToDictionary(c => c.Id, c => c.Title.Resolve(culture).Text);
        var courseRows = courseCounts
            .Select(c => new CourseReportRowDto(c.CourseId, titles.GetValueOrDefault(c.CourseId, ""), c.Enrolled, c.Completed,
                Rate(c.Completed, c.Enrolled), c.QuizTaken, c.QuizPassed, Rate(c.QuizPassed, c.QuizTaken)))
            .OrderBy(c => c.Name, NameOrder).ToList();

        var activity = await supervision.CountAsync(new SupervisionReportFilter(officeIds, query.RegionId, null, fromUtc, toUtc), ct);
        // Evaluations belong to a region (or the whole country): a coordinator sees those of their regions, and the averages
        // stay hidden below each evaluation's threshold, as everywhere else.
        IReadOnlyCollection<Guid>? evaluationRegions = query.RegionId is { } only ? [only] : scope.IsNational ? null : scope.RegionIds;
        var summaries = await evaluations.GetSummariesAsync(
            new EvaluationSummaryFilter(evaluationRegions, query.CohortId, fromUtc, toUtc), ct);

        return new ProgrammeDashboardDto
        {
            ScopeName = ScopeName(scope, offices, regions, query.RegionId),
            Total = Counts(rows),
            ByCohort = byCohort,
            ByRegion = byRegion,
            ByEmployer = byEmployer,
            Partnership = partnership,
            Courses = courseRows,
            Supervision = Supervision(activity, regions),
            Evaluations = summaries
                .Select(e => new EvaluationSummaryRowDto(e.EvaluationId, e.Title, e.TargetKind, e.Answered, e.Eligible,
                    Rate(e.Answered, e.Eligible), e.LikertAverage))
                .ToList(),
            Programmes = enrolments.Cohorts.GroupBy(c => c.ProgrammeId)
                .Select(g => new ReportOptionDto(g.Key, g.First().ProgrammeName.Resolve(culture).Text))
                .OrderBy(o => o.Name, NameOrder).ToList(),
            Cohorts = enrolments.Cohorts.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name, NameOrder)
                .Select(c => new ReportOptionDto(c.Id, c.Name)).ToList(),
            Regions = regions.Where(r => scope.IsNational || offices.Values.Any(o => o.RegionId == r.Key && scope.OfficeIds.Contains(o.Id)))
                .Select(r => new ReportOptionDto(r.Key, r.Value)).OrderBy(r => r.Name, NameOrder).ToList(),
        };
    }

    public async Task<ExportFile> ExportAsync(ProgrammeDashboardQuery query, ExportFormat format, CancellationToken ct)
    {
        new InputValidator().RequireEnum("format", (ExportFormat?)format).ThrowIfInvalid();
        var report = await GetAsync(query, ct);
        var tables = ProgrammeDashboardTables.Of(report);
        var fileName = $"{LocalizationTexts.Get(Texts + "Export.FileName")}-{OsloTime.Today(clock):yyyy-MM-dd}";
        if (format == ExportFormat.Csv)
        {
            // One table: the table's name in the first column, so the file sorts and filters as one sheet.
            var headers = new[] { LocalizationTexts.Get(Texts + "Column.Table") }.Concat(ProgrammeDashboardTables.AllColumns.Select(T));
            var lines = tables.SelectMany(t => t.Rows.Select(r => new object?[] { t.Title }
                .Concat(ProgrammeDashboardTables.AllColumns.Select(c => t.Columns.Contains(c) ? r[Array.IndexOf(t.Columns, c)] : null))));
            var csv = await CsvExport.WriteAsync(headers, lines);
            return new ExportFile(csv, CsvExport.ContentType, fileName + ".csv");
        }
        var sheets = tables.ToDictionary(t => t.Title, t => (object)t.Rows
            .Select(r => t.Columns.Select((c, i) => (Key: T(c), Value: r[i] is string s ? CsvExport.Neutralized(s) ?? s : r[i]))
                .ToDictionary(x => x.Key, x => x.Value))
            .ToList());
        await using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new ExportFile(xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    private static string T(string column) => LocalizationTexts.Get(Texts + "Column." + column);

    private sealed record Row(EnrolmentReportCount Count, Guid RegionId, int Modules);

    private static ProgrammeCountsDto Counts(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var enrolled = list.Sum(r => r.Count.Enrolled);
        var completed = list.Sum(r => r.Count.Completed);
        var possible = list.Sum(r => r.Count.Enrolled * r.Modules);
        return new ProgrammeCountsDto(enrolled, list.Sum(r => r.Count.Waitlisted), list.Sum(r => r.Count.InProgress), completed,
            list.Sum(r => r.Count.DroppedOut), Rate(list.Sum(r => r.Count.ModulesCompleted), possible), Rate(completed, enrolled));
    }

    private static SupervisionSummaryDto Supervision(SupervisionActivity activity, IReadOnlyDictionary<Guid, string> regions)
    {
        var members = activity.Memberships.ToLookup(m => m.GroupId);
        var supervisors = activity.Supervisors.ToDictionary(s => s.RegionId, s => s.Supervisors);
        SupervisionCountsDto CountsOf(IReadOnlyCollection<SupervisionGroupCount> groups, int supervisorCount)
        {
            var (attended, expected) = (groups.Sum(g => g.Attended), groups.Sum(g => g.Expected));
            return new SupervisionCountsDto(groups.Count, supervisorCount, groups.Sum(g => members[g.GroupId].Sum(m => m.Members)),
                groups.Sum(g => g.MeetingsHeld), groups.Sum(g => g.MeetingsCancelled), attended, expected,
                SupervisionCountsDto.Rate(attended, expected));
        }
        var byRegion = activity.Groups.ToLookup(g => g.RegionId);
        var rows = byRegion.Select(g => g.Key).Union(supervisors.Keys)
            .Select(id => new SupervisionRegionRowDto(id, regions.GetValueOrDefault(id, ""),
                CountsOf(byRegion[id].ToList(), supervisors.GetValueOrDefault(id))))
            .OrderBy(r => r.Name, NameOrder).ToList();
        return new SupervisionSummaryDto(CountsOf(activity.Groups, activity.Supervisors.Sum(s => s.Supervisors)), rows);
    }

    private static decimal Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4);

    private static void Validate(ProgrammeDashboardQuery query)
    {
        var validator = new InputValidator().SupportedDate("from", query.From).SupportedDate("to", query.To);
        if (query.From is { } from && query.To is { } to && to < from)
            validator.Add("to", "Validation:DateOrder", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (query.Employer is { } employer && !Enum.IsDefined(employer)) validator.Add("employer", "Validation:Required");
        validator.ThrowIfInvalid();
    }

    /// <summary>The whole country, the chosen region, one office or one whole region is named; any other scope is "your area".</summary>
    private static string ScopeName(AccessScope scope, IReadOnlyDictionary<Guid, OfficeCard> offices,
        IReadOnlyDictionary<Guid, string> regions, Guid? chosenRegion)
    {
        if (chosenRegion is { } chosen) return regions[chosen];
        if (scope.IsNational) return LocalizationTexts.Get(Texts + "WholeCountry");
        if (scope.OfficeIds.Count == 1 && offices.TryGetValue(scope.OfficeIds.First(), out var office)) return office.Name;
        if (scope.RegionIds.Count == 1 && regions.TryGetValue(scope.RegionIds.First(), out var region)
            && offices.Values.Where(o => o.RegionId == scope.RegionIds.First()).All(o => scope.OfficeIds.Contains(o.Id)))
            return region;
        return LocalizationTexts.Get(Texts + "MyScope");
    }
}
