using System.Globalization;
using MiniExcelLibs;
using NavLederprogram.Competence;
using NavLederprogram.Export;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.ELearning;

/// <summary>Completion of courses in the viewer's scope: a region's coordinator sees their region only, national admins the country.</summary>
public sealed class CourseProgressAppService(
    ICourseProgressQueries progress,
    ICourseQueries courses,
    IOrganisationQueries organisation,
    CurrentAccessScope accessScope,
    TimeProvider clock) : ICourseProgressAppService
{
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false);

    public async Task<CourseProgressDto> GetAsync(CourseProgressQuery query, CancellationToken ct)
    {
        var (filter, scopeName) = await ToFilterAsync(query, ct);
        var today = OsloTime.Today(clock);
        var names = await NamesAsync(ct);
        var byCourse = await progress.CountAsync(filter, CourseProgressGrouping.Course, today, ct);
        var byRegion = await progress.CountAsync(filter, CourseProgressGrouping.Region, today, ct);
        var byOffice = await progress.CountAsync(filter, CourseProgressGrouping.Office, today, ct);
        var total = byCourse.Aggregate(new CourseProgressCount(Guid.Empty, 0, 0, 0, 0), (a, c) =>
            new CourseProgressCount(Guid.Empty, a.Enrolled + c.Enrolled, a.Started + c.Started, a.Completed + c.Completed, a.Overdue + c.Overdue));
        return new CourseProgressDto(scopeName, ToDto(total), Rows(byCourse, names.Course), Rows(byRegion, names.Region), Rows(byOffice, names.Office),
            names.Published.Select(c => new CourseOptionDto(c.Id, c.Code, names.Course(c.Id))).ToList());
    }

    public async Task<ExportFile> ExportAsync(CourseProgressQuery query, ExportFormat format, CancellationToken ct)
    {
        new InputValidator().RequireEnum("format", (ExportFormat?)format).ThrowIfInvalid();
        var report = await GetAsync(query, ct);
        string T(string key) => LocalizationTexts.Get($"Page:CourseProgress.{key}");
        var groups = new (string Sheet, string Column, IReadOnlyList<CourseProgressRowDto> Rows)[]
        {
            (T("ByCourse"), T("Column.Course"), report.ByCourse),
            (T("ByRegion"), T("Column.Region"), report.ByRegion),
            (T("ByOffice"), T("Column.Office"), report.ByOffice),
        };
        var fileName = $"{T("Export.FileName")}-{clock.GetUtcNow():yyyy-MM-dd}";
        if (format == ExportFormat.Csv)
        {
            // One table: the grouping in the first column, so the file sorts and filters as one sheet.
            var headers = new[] { T("Column.Grouping"), T("Column.Name") }.Concat(CountColumns().Select(T));
            var rows = groups.SelectMany(g => g.Rows.Select(r => new object?[] { g.Sheet, r.Name }.Concat(Counts(r.Counts))));
            return new ExportFile(await CsvExport.WriteAsync(headers, rows), CsvExport.ContentType, fileName + ".csv");
        }
        var sheets = groups.ToDictionary(g => g.Sheet, g => (object)g.Rows.Select(r =>
        {
            var row = new Dictionary<string, object?> { [g.Column] = Safe(r.Name) };
            foreach (var (column, value) in CountColumns().Zip(Counts(r.Counts))) row[T(column)] = value;
            return row;
        }).ToList());
        await using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new ExportFile(xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    private static string[] CountColumns() =>
        ["Column.Enrolled", "Column.NotStarted", "Column.InProgress", "Column.Completed", "Column.Overdue", "Column.CompletionRate"];

    private static IEnumerable<object?> Counts(CourseProgressCountsDto c) =>
        [c.Enrolled, c.NotStarted, c.InProgress, c.Completed, c.Overdue, Math.Round(c.CompletionRate * 100, 1)];

    /// <summary>A name someone typed (a course title) is text in the spreadsheet, never a formula.</summary>
    private static string Safe(string text) => CsvExport.Neutralized(text) ?? text;

    private static List<CourseProgressRowDto> Rows(IReadOnlyList<CourseProgressCount> counts, Func<Guid, string> name) =>
        counts.Select(c => new CourseProgressRowDto(c.Key, name(c.Key), ToDto(c))).OrderBy(r => r.Name, NameOrder).ToList();

    private static CourseProgressCountsDto ToDto(CourseProgressCount c) => CourseProgressCountsDto.Of(c.Enrolled, c.Started, c.Completed, c.Overdue);

    /// <summary>The viewer's scope, narrowed by the query; a course, region or office they cannot see does not exist for them.</summary>
    private async Task<(CourseProgressFilter Filter, string ScopeName)> ToFilterAsync(CourseProgressQuery query, CancellationToken ct)
    {
        var scope = await accessScope.GetAsync(ct);
        if (query.CourseId is { } courseId && (await courses.GetListAsync([courseId], ct)).Count == 0) throw new EntityNotFoundException("Course", courseId);
        string? scopeName = null;
        if (query.RegionId is { } regionId && (!scope.CoversRegion(regionId) || (scopeName = await organisation.FindRegionNameAsync(regionId, ct)) is null))
            throw new EntityNotFoundException(nameof(Region), regionId);
        if (query.OfficeId is { } officeId)
        {
            var office = scope.CoversOffice(officeId) ? await organisation.FindOfficeAsync(officeId, ct) : null;
            scopeName = office?.Name ?? throw new EntityNotFoundException(nameof(Office), officeId);
        }
        scopeName ??= scope.IsNational ? LocalizationTexts.Get("Page:CourseProgress.WholeCountry") : await ScopeNameAsync(scope, ct);
        return (new CourseProgressFilter(scope.IsNational ? null : scope.OfficeIds, query.CourseId, query.RegionId, query.OfficeId), scopeName);
    }

    /// <summary>One office or one whole region is named; any other scope is "your area".</summary>
    private async Task<string> ScopeNameAsync(AccessScope scope, CancellationToken ct)
    {
        var offices = await organisation.GetOfficesAsync(ct);
        if (scope.OfficeIds.Count == 1 && offices.TryGetValue(scope.OfficeIds.First(), out var office)) return office.Name;
        if (scope.RegionIds.Count == 1 && offices.Values.Where(o => o.RegionId == scope.RegionIds.First()).All(o => scope.OfficeIds.Contains(o.Id))
            && await organisation.FindRegionNameAsync(scope.RegionIds.First(), ct) is { } region)
            return region;
        return LocalizationTexts.Get("Page:CourseProgress.MyScope");
    }

    private sealed record Names(IReadOnlyList<CourseCard> Published, IReadOnlyDictionary<Guid, string> Courses, IReadOnlyDictionary<Guid, string> Regions,
        IReadOnlyDictionary<Guid, OfficeCard> Offices)
    {
        public string Course(Guid id) => Courses.GetValueOrDefault(id, "");
        public string Region(Guid id) => Regions.GetValueOrDefault(id, "");
        public string Office(Guid id) => Offices.GetValueOrDefault(id)?.Name ?? "";
    }

    private async Task<Names> NamesAsync(CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var published = await courses.GetPublishedAsync(ct);
        return new Names(published, published.ToDictionary(c => c.Id, c => c.Title.Resolve(culture).Text),
            await organisation.GetRegionNamesAsync(ct), await organisation.GetOfficesAsync(ct));
    }
}
