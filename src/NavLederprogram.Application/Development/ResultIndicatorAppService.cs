using System.Globalization;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.Development;

/// <summary>
/// The indicator catalogue and its values. A leader types in values for the office of their own plan; an admin for any office,
/// or imports the directorate's statistics as CSV: a dry run lists what would be added or changed and every bad line, and a file
/// with a bad line is refused whole, so nothing is written.
/// </summary>
public sealed class ResultIndicatorAppService(
    DevelopmentAccess access,
    IResultIndicatorRepository indicators,
    IIndicatorValueRepository values,
    IDevelopmentPlanRepository plans,
    IOfficeNumberQueries officeNumbers,
    IOrganisationQueries organisation,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork) : IResultIndicatorAppService
{
    private const int MaxListedChanges = 1000;

    public static readonly string[] Columns = ["officeNumber", "indicatorCode", "period", "value"];

    public async Task<IReadOnlyList<ResultIndicatorDto>> GetListAsync(CancellationToken ct) =>
        (await indicators.GetListAsync(ct)).Select(Dto).ToList();

    public async Task<ResultIndicatorDto> CreateAsync(SaveResultIndicatorInput input, CancellationToken ct)
    {
        new InputValidator().RequireText("code", input.Code, DevelopmentConsts.CodeMax).RequireEnum("valueKind", input.ValueKind)
            .RequireEnum("periodKind", input.PeriodKind).ThrowIfInvalid();
        var code = ResultIndicator.NormalizeCode(input.Code);
        if (await indicators.FindByCodeAsync(code, ct) is not null)
            throw new BusinessException(NavLederprogramErrorCodes.IndicatorCodeTaken, code) { IsConflict = true, Field = "code" };
        var indicator = new ResultIndicator(Guid.CreateVersion7(), code, Name(input), input.ValueKind!.Value, input.PeriodKind!.Value, input.Unit,
            input.HigherIsBetter);
        await indicators.InsertAsync(indicator, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return Dto(indicator);
    }

    public async Task<ResultIndicatorDto> UpdateAsync(Guid id, SaveResultIndicatorInput input, CancellationToken ct)
    {
        var indicator = await indicators.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ResultIndicator), id);
        indicator.Change(Name(input), input.Unit, input.HigherIsBetter, input.IsActive);
        await unitOfWork.SaveChangesAsync(ct);
        return Dto(indicator);
    }

    public async Task<IReadOnlyList<IndicatorValueDto>> GetValuesAsync(Guid id, Guid officeId, CancellationToken ct)
    {
        var indicator = await indicators.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ResultIndicator), id);
        await EnsureMayEnterAsync(officeId, ct);
        return (await values.GetForOfficeAsync(officeId, [id], ct)).Select(v => DevelopmentPlanAppService.ValueDto(v, indicator)).ToList();
    }

    public async Task<IndicatorValueDto> SetValueAsync(Guid id, SetIndicatorValueInput input, CancellationToken ct)
    {
        var indicator = await indicators.FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(ResultIndicator), id);
        new InputValidator().Require("officeId", input.OfficeId).ThrowIfInvalid();
        var officeId = input.OfficeId!.Value;
        await EnsureMayEnterAsync(officeId, ct);
        var period = IndicatorPeriod.Parse(input.Period, indicator.PeriodKind);
        var value = indicator.ParseValue(input.Value);
        var stored = await values.FindAsync(indicator.Id, officeId, period, ct);
        if (stored is null)
        {
            stored = new IndicatorValue(Guid.CreateVersion7(), indicator, officeId, period, value, IndicatorValueSource.Manual, currentUser.Id);
            await values.InsertAsync(stored, ct);
        }
        else stored.Set(indicator, value, IndicatorValueSource.Manual, currentUser.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return DevelopmentPlanAppService.ValueDto(stored, indicator);
    }

    public async Task<IndicatorImportResult> PreviewImportAsync(Stream csv, CancellationToken ct) => (await PlanImportAsync(csv, ct)).Result(false);

    public async Task<IndicatorImportResult> ApplyImportAsync(Stream csv, CancellationToken ct)
    {
        var import = await PlanImportAsync(csv, ct);
        if (import.Errors.Count > 0)
        {
            var first = import.Errors[0];
            throw new BusinessException(NavLederprogramErrorCodes.IndicatorImportHasErrors, import.Errors.Count, first.Line, first.Message);
        }
        await values.InsertManyAsync(import.Added, ct);
        foreach (var (value, indicator, newValue) in import.Changed) value.Set(indicator, newValue, IndicatorValueSource.Import, currentUser.Id);
        await unitOfWork.SaveChangesAsync(ct);
        return import.Result(true);
    }

    /// <summary>A leader enters values for the office of one of their own plans; an admin for any office.</summary>
    private async Task EnsureMayEnterAsync(Guid officeId, CancellationToken ct)
    {
        if (await access.IsAdminAsync(ct)) return;
        var me = await access.MeAsync(ct);
        if (me is null || (await plans.GetForPersonAsync(me.Id, ct)).All(p => p.OfficeId != officeId))
            throw new BusinessException(NavLederprogramErrorCodes.OutsideScope) { Field = "officeId" };
    }

    private sealed class ImportPlan
    {
        public int TotalRows;
        public int Unchanged;
        public List<IndicatorValue> Added { get; } = [];
        public List<(IndicatorValue Value, ResultIndicator Indicator, decimal NewValue)> Changed { get; } = [];
        public List<IndicatorImportChangeDto> Changes { get; } = [];
        public List<IndicatorImportErrorDto> Errors { get; } = [];

        public IndicatorImportResult Result(bool applied) =>
            new(TotalRows, Added.Count, Changed.Count, Unchanged, Changes, Errors.OrderBy(e => e.Line).ToList(), applied);
    }

    private async Task<ImportPlan> PlanImportAsync(Stream csv, CancellationToken ct)
    {
        var text = await CsvImport.ReadUtf8Async(csv, IResultIndicatorAppService.MaxFileSize,
            () => new BusinessException(NavLederprogramErrorCodes.IndicatorImportTooLarge, IResultIndicatorAppService.MaxFileSize / (1024 * 1024)),
            () => new BusinessException(NavLederprogramErrorCodes.IndicatorImportUnreadable, string.Join(";", Columns)), ct);
        var opened = CsvImport.Open(text, Columns)
            ?? throw new BusinessException(NavLederprogramErrorCodes.IndicatorImportUnreadable, string.Join(";", Columns));
        var (reader, header) = opened;
        using var _ = reader;
        var byCode = (await indicators.GetListAsync(ct)).ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var offices = await officeNumbers.GetOfficeIdsByNumberAsync(ct);
        var officeNames = await organisation.GetOfficeNamesAsync(offices.Values.Distinct().ToList(), ct);
        var import = new ImportPlan();
        var rows = new List<(int Line, string Number, Guid OfficeId, ResultIndicator Indicator, DateOnly Period, decimal Value)>();
        var seen = new Dictionary<(Guid, Guid, DateOnly), int>();

        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            if (CsvImport.IsBlankRow(reader)) continue;
            var line = reader.Parser.RawRow;
            if (++import.TotalRows > DevelopmentConsts.MaxImportRows)
                throw new BusinessException(NavLederprogramErrorCodes.IndicatorImportTooManyRows, DevelopmentConsts.MaxImportRows);
            string Field(string name) => CsvImport.Field(reader, header, name);
            void Error(string field, string key, params object?[] args) =>
                import.Errors.Add(new IndicatorImportErrorDto(line, field, LocalizationTexts.Get(key, null, args)));

            var number = Field("officeNumber");
            var officeId = offices.TryGetValue(number, out var o) ? o : (Guid?)null;
            if (officeId is null) Error("officeNumber", NavLederprogramErrorCodes.IndicatorUnknownOffice, number);
            var indicator = byCode.GetValueOrDefault(Field("indicatorCode"));
            if (indicator is null) Error("indicatorCode", NavLederprogramErrorCodes.IndicatorUnknownCode, Field("indicatorCode"));
            DateOnly? period = null;
            decimal? value = null;
            // The rules are the domain's: the same as for a value typed in, with the message it gives.
            try
            {
                if (indicator is not null) period = IndicatorPeriod.Parse(Field("period"), indicator.PeriodKind);
                else if (IndicatorPeriod.TryParse(Field("period")) is null) Error("period", NavLederprogramErrorCodes.IndicatorPeriodInvalid, Field("period"));
            }
            catch (BusinessException e)
            {
                Error("period", e.Code, e.MessageArguments);
            }
            try
            {
                if (indicator is not null) value = indicator.ParseValue(Field("value"));
            }
            catch (BusinessException e)
            {
                Error("value", e.Code, e.MessageArguments);
            }
            if (officeId is null || indicator is null || period is null || value is null) continue;
            if (seen.TryGetValue((officeId.Value, indicator.Id, period.Value), out var firstLine))
            {
                Error("period", NavLederprogramErrorCodes.IndicatorImportDuplicate, firstLine);
                continue;
            }
            seen[(officeId.Value, indicator.Id, period.Value)] = line;
            rows.Add((line, number, officeId.Value, indicator, period.Value, value.Value));
        }

        var stored = (await values.GetForOfficesAsync(rows.Select(r => r.OfficeId).Distinct().ToList(), rows.Select(r => r.Indicator.Id).Distinct().ToList(), ct))
            .ToDictionary(v => (v.OfficeId, v.IndicatorId, v.Period));
        foreach (var r in rows)
        {
            var old = stored.GetValueOrDefault((r.OfficeId, r.Indicator.Id, r.Period));
            if (old is not null && !old.Differs(r.Value))
            {
                import.Unchanged++;
                continue;
            }
            if (old is null)
                import.Added.Add(new IndicatorValue(Guid.CreateVersion7(), r.Indicator, r.OfficeId, r.Period, r.Value, IndicatorValueSource.Import, currentUser.Id));
            else import.Changed.Add((old, r.Indicator, r.Value));
            // The counts are whole; the list is what a person reads through, not the file again.
            if (import.Changes.Count < MaxListedChanges) import.Changes.Add(new IndicatorImportChangeDto(r.Line, r.Number, officeNames.GetValueOrDefault(r.OfficeId) ?? "", r.Indicator.Code,
                IndicatorPeriod.Format(r.Period, r.Indicator.PeriodKind), old?.Value, r.Value));
        }
        return import;
    }

    private static TranslatedText Name(SaveResultIndicatorInput input) => new(input.Name?.Nb ?? "", input.Name?.Nn, input.Name?.En);

    private static ResultIndicatorDto Dto(ResultIndicator i) =>
        new(i.Id, i.Code, i.Name.Resolve(CultureInfo.CurrentUICulture.Name).Text, i.Name.Nb, i.Name.Nn, i.Name.En, i.ValueKind, i.PeriodKind, i.Unit,
            i.HigherIsBetter, i.IsActive);
}
