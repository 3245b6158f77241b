using MiniExcelLibs;
using NavLederprogram.Competence;
using NavLederprogram.Export;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;
using NavLederprogram.Validation;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Results, always through <see cref="EvaluationResults"/>: whatever the view (one evaluation, a cohort's column, a filtered
/// comparison), a number is shown only when enough answers count towards it. No response, and no order of responses, leaves.
/// </summary>
public sealed class EvaluationResultAppService(
    IEvaluationRepository evaluations,
    IQuestionSetRepository sets,
    IEvaluationAnswerRepository answers,
    EvaluationEligibility eligibility,
    EvaluationAccess access,
    IEvaluationCohortQueries cohorts,
    IOrganisationQueries organisation,
    TimeProvider clock) : IEvaluationResultAppService
{
    private const string Texts = "Page:Evaluations.Results.";

    public async Task<IReadOnlyList<EvaluationDto>> GetListAsync(CancellationToken ct)
    {
        var regions = await access.ManagedRegionsAsync(ct);
        var facilitated = await access.FacilitatedAsync(ct);
        var led = await access.LedAsync(ct);
        var all = await evaluations.GetListAsync(null, ct);
        var visible = new List<Evaluation>();
        foreach (var e in all)
            if (regions is null || e.RegionId is { } r && regions.Contains(r) || e.CohortId is { } c && facilitated.Contains(c)
                || led.Count > 0 && await eligibility.GroupOfAsync(e, ct) is { } g && led.Contains(g))
                visible.Add(e);
        return await EvaluationDtos.ToDtosAsync(visible, sets, answers, eligibility, clock.GetUtcNow().UtcDateTime, ct);
    }

    public async Task<EvaluationResultsDto> GetAsync(Guid id, CancellationToken ct)
    {
        var evaluation = await evaluations.FindAsync(id, ct);
        if (evaluation is null || !await access.SeesResultsAsync(evaluation, ct)) throw new EntityNotFoundException(typeof(Evaluation), id);
        var responses = (await answers.CountResponsesAsync([id], ct)).GetValueOrDefault(id);
        var tallies = (await answers.TallyAsync([id], ct)).GetValueOrDefault(id) ?? [];
        var texts = (await answers.GetReleasedTextsAsync([id], ct)).GetValueOrDefault(id) ?? [];
        var eligible = (await eligibility.GetEligibleAsync([evaluation], ct))[id].Count;
        var sheet = EvaluationResults.Compute(evaluation.Questions, evaluation.MinimumAnswers, responses, tallies, texts);
        var byId = evaluation.Questions.ToDictionary(q => q.Id);
        return new EvaluationResultsDto(evaluation.Id, evaluation.Title, evaluation.TargetKind, evaluation.OpensAt, evaluation.ClosesAt, responses, eligible,
            sheet.MinimumAnswers, sheet.Hidden, sheet.Questions.Select(r =>
            {
                var q = byId[r.QuestionId];
                return new QuestionResultDto(q.Id, q.Order, q.Kind, q.Text.In(), q.Options.Select(o => o.In()).ToList(), r.Hidden, r.Count, r.Average,
                    r.Distribution, r.Texts);
            }).ToList());
    }

    public async Task<ComparisonDto> CompareAsync(ComparisonQuery query, CancellationToken ct)
    {
        var validator = new InputValidator().Require("questionSetId", query?.QuestionSetId);
        if (query?.From is { } from && query.To is { } to && to < from) validator.Add("to", InputValidator.DateRange, from, to);
        validator.ThrowIfInvalid();
        var regions = await access.ManagedRegionsAsync(ct);
        var set = await sets.FindAsync(query!.QuestionSetId!.Value, ct);
        if (set is null || set.RegionId is not null && !await access.ManagesAsync(set.RegionId, ct))
            throw new EntityNotFoundException(typeof(QuestionSet), query.QuestionSetId);
        var regionNames = await organisation.GetRegionNamesAsync(ct);

        // Every narrowing (scope, region, period) selects evaluations first; the threshold is then applied to what is left.
        var selected = (await evaluations.GetOfQuestionSetAsync(set.Id, ct))
            .Where(e => e.CohortId is not null)
            .Where(e => regions is null || e.RegionId is { } r && regions.Contains(r))
            .Where(e => query.RegionId is null || e.RegionId == query.RegionId)
            .Where(e => query.From is null || OsloTime.ToOslo(e.OpensAt) >= query.From.Value.ToDateTime(TimeOnly.MinValue))
            .Where(e => query.To is null || OsloTime.ToOslo(e.OpensAt) < query.To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue))
            .ToList();
        var ids = selected.Select(e => e.Id).ToList();
        var responses = await answers.CountResponsesAsync(ids, ct);
        var tallies = await answers.TallyAsync(ids, ct);
        var cohortNames = (await cohorts.GetCohortsAsync(null, ct)).ToDictionary(c => c.Id, c => c.Name);

        // Rows: every question the selected evaluations asked, as last worded, in the set's order.
        var questions = selected.OrderByDescending(e => e.OpensAt).SelectMany(e => e.Questions).DistinctBy(q => q.Id)
            .Where(q => q.Kind != EvaluationQuestionKind.FreeText).OrderBy(q => q.Order).ToList();
        var columns = new List<ComparisonColumnDto>();
        var cells = questions.ToDictionary(q => q.Id, _ => new List<ComparisonCellDto>());
        foreach (var cohort in selected.GroupBy(e => e.CohortId!.Value).OrderBy(g => cohortNames.GetValueOrDefault(g.Key, ""), StringComparer.CurrentCulture))
        {
            var answered = cohort.Sum(e => responses.GetValueOrDefault(e.Id));
            // The strictest threshold of the cohort's evaluations holds for their pooled answers.
            var minimum = cohort.Max(e => e.MinimumAnswers);
            var pooled = cohort.SelectMany(e => tallies.GetValueOrDefault(e.Id) ?? []).ToList();
            var sheet = EvaluationResults.Compute(questions, minimum, answered, pooled, []);
            columns.Add(new ComparisonColumnDto(cohort.Key, cohortNames.GetValueOrDefault(cohort.Key, ""), cohort.Count(), answered, sheet.Hidden));
            foreach (var r in sheet.Questions)
                cells[r.QuestionId].Add(new ComparisonCellDto(cohort.Key, r.Hidden, r.Count, r.Average, r.Distribution));
        }
        var regionOptions = regionNames.Where(r => regions is null || regions.Contains(r.Key))
            .Select(r => new EvaluationRegionOptionDto(r.Key, r.Value)).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return new ComparisonDto(set.Id, set.Name.In(), set.MinimumAnswers, columns,
            questions.Select(q => new ComparisonRowDto(q.Id, q.Kind, q.Text.In(), q.Options.Select(o => o.In()).ToList(), cells[q.Id])).ToList(), regionOptions);
    }

    public async Task<ExportFile> ExportAsync(Guid id, ExportFormat format, CancellationToken ct)
    {
        new InputValidator().RequireEnum("format", (ExportFormat?)format).ThrowIfInvalid();
        var results = await GetAsync(id, ct);
        string[] headers = [T("Column.Question"), T("Column.Kind"), T("Column.Answers"), T("Column.Average"), T("Column.Distribution"), T("Column.Texts")];
        var rows = results.Questions.Select(q => new object?[]
        {
            q.Text, LocalizationTexts.EnumText(q.Kind), q.Hidden ? T("TooFew") : q.Count, q.Average, Distribution(q.Kind, q.Options, q.Distribution),
            q.Texts is null ? null : string.Join(" | ", q.Texts),
        }).ToList();
        return await FileAsync(format, $"{T("Export.FileName")}-{OsloTime.Today(clock):yyyy-MM-dd}", headers, rows, ct);
    }

    public async Task<ExportFile> ExportComparisonAsync(ComparisonQuery query, ExportFormat format, CancellationToken ct)
    {
        new InputValidator().RequireEnum("format", (ExportFormat?)format).ThrowIfInvalid();
        var comparison = await CompareAsync(query, ct);
        var headers = new[] { T("Column.Question") }.Concat(comparison.Columns.Select(c => $"{c.CohortName} (n={c.Answered})")).ToList();
        var rows = comparison.Rows.Select(r => new object?[] { r.Text }.Concat(r.Cells.Select(c => (object?)(c.Hidden ? T("TooFew")
            : c.Average is { } avg ? avg : Distribution(r.Kind, r.Options, c.Distribution)))).ToArray()).ToList();
        return await FileAsync(format, $"{T("Export.ComparisonFileName")}-{OsloTime.Today(clock):yyyy-MM-dd}", headers, rows, ct);
    }

    private static async Task<ExportFile> FileAsync(ExportFormat format, string fileName, IReadOnlyList<string> headers, List<object?[]> rows, CancellationToken ct)
    {
        if (format == ExportFormat.Csv)
            return new ExportFile(await CsvExport.WriteAsync(headers, rows), CsvExport.ContentType, fileName + ".csv");
        var sheet = rows.Select(row => headers.Select((h, i) => (h, v: row[i] is string s ? CsvExport.Neutralized(s) ?? s : row[i]))
            .DistinctBy(x => x.h).ToDictionary(x => x.h, x => x.v)).ToList();
        await using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(sheet, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new ExportFile(xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    private static string? Distribution(EvaluationQuestionKind kind, IReadOnlyList<string> options, IReadOnlyList<int>? counts) =>
        counts is null ? null
            : string.Join(", ", counts.Select((n, i) => $"{(kind == EvaluationQuestionKind.Likert ? (i + EvaluationConsts.LikertMin).ToString() : options.ElementAtOrDefault(i))}: {n}"));

    private static string T(string key) => LocalizationTexts.Get(Texts + key);
}
