using System.Globalization;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Validation;

namespace NavLederprogram.Organisation;

/// <summary>
/// Reads an HR export (UTF-8, semicolon separated) and upserts people by employee number. Every bad row is
/// reported with its line; a file with a bad row is refused whole. An accepted file is stored with its checked rows and
/// written by the import job (<see cref="HrImportRunner"/>), on whichever node runs it.
/// </summary>
public sealed class HrImportAppService(
    IPersonRepository people,
    IOfficeRepository offices,
    IJobRoleRepository jobRoles,
    IHrImportRepository imports,
    CurrentAccessScope accessScope,
    ICurrentUser currentUser,
    Data.IUnitOfWork unitOfWork) : IHrImportAppService
{
    public const int MaxRows = 50_000;

    public static readonly string[] Columns =
        ["employeeNumber", "firstName", "lastName", "email", "employer", "officeName", "jobRoleCode", "jobRoleStartDate"];

    public async Task<HrImportResult> PreviewAsync(Stream csv, CancellationToken ct) => (await PlanAsync(csv, ct)).Result();

    public async Task<HrImportStatus> CommitAsync(Stream csv, CancellationToken ct)
    {
        var plan = await PlanAsync(csv, ct);
        if (plan.Errors.Count > 0) throw new BusinessException(NavLederprogramErrorCodes.HrImportHasErrors, plan.Errors.Count);
        var import = new HrImport(Guid.CreateVersion7(), Submitter, plan.TotalRows, plan.ToCreate, plan.ToUpdate, plan.Rows);
        await imports.InsertAsync(import, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await GetAsync(import.Id, ct);
    }

    public async Task<HrImportStatus> GetAsync(Guid id, CancellationToken ct)
    {
        var card = await imports.FindCardAsync(id, ct);
        // Someone else's import does not exist for the caller: its rows may be of offices outside their scope.
        if (card is null || card.Submitter != Submitter) throw new EntityNotFoundException(typeof(HrImport), id);
        return new HrImportStatus(card.Id, card.State, card.TotalRows, card.ValidRows, card.ToCreate, card.ToUpdate,
            card.Progress.RowsDone, card.Progress.Created, card.Progress.Updated, card.Progress.Unchanged, card.Failure,
            card.State == HrImportState.Completed);
    }

    private string Submitter => currentUser.Id?.ToString() ?? $"client:{currentUser.ClientId}";

    private sealed class Plan
    {
        public int TotalRows;
        public int ToCreate;
        public int ToUpdate;
        public List<HrImportRow> Rows { get; } = [];
        public List<HrImportRowError> Errors { get; } = [];
        public HrImportResult Result() => new(TotalRows, Rows.Count, ToCreate, ToUpdate, Errors, false);
    }

    private async Task<Plan> PlanAsync(Stream csv, CancellationToken ct)
    {
        var text = await ReadUtf8Async(csv, ct);
        var scope = await accessScope.GetAsync(ct);
        var officeByName = (await offices.GetAllAsync(ct)).ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
        var roleByCode = (await jobRoles.GetAllAsync(ct)).ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var plan = new Plan();
        var rows = new List<(int Line, HrImportRow Row)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        var opened = CsvImport.Open(text, Columns)
            ?? throw new BusinessException(NavLederprogramErrorCodes.HrImportUnreadable, string.Join(";", Columns));
        var (reader, header) = opened;
        using var _ = reader;

        while (await reader.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            var line = reader.Parser.RawRow;
            string Field(string name) => CsvImport.Field(reader, header, name);
            if (CsvImport.IsBlankRow(reader)) continue;
            if (++plan.TotalRows > MaxRows)
                throw new BusinessException(NavLederprogramErrorCodes.HrImportTooManyRows, MaxRows);

            var validator = new InputValidator()
                .RequireText("employeeNumber", Field("employeeNumber"), OrganisationConsts.MaxEmployeeNumberLength)
                .RequireText("firstName", Field("firstName"), OrganisationConsts.MaxNameLength)
                .RequireText("lastName", Field("lastName"), OrganisationConsts.MaxNameLength)
                .RequireEmail("email", Field("email"), OrganisationConsts.MaxEmailLength);
            var employer = ParseEmployer(Field("employer"));
            if (employer is null) validator.Add("employer", InputValidator.Unknown);
            var office = officeByName.GetValueOrDefault(Field("officeName"));
            if (office is null) validator.Add("officeName", InputValidator.Unknown);
            else if (!scope.CoversOffice(office.Id)) validator.Add("officeName", NavLederprogramErrorCodes.OutsideScope);
            var role = roleByCode.GetValueOrDefault(Field("jobRoleCode"));
            if (role is null) validator.Add("jobRoleCode", InputValidator.Unknown);
            var startDate = ParseDate(Field("jobRoleStartDate"));
            if (startDate is null) validator.Add("jobRoleStartDate", "Validation:Date");
            var number = Field("employeeNumber");
            if (number.Length > 0 && seen.TryGetValue(number, out var firstLine))
                validator.Add("employeeNumber", "Validation:DuplicateInFile", firstLine);
            else if (number.Length > 0) seen[number] = line;

            if (validator.HasErrors)
            {
                plan.Errors.AddRange(validator.Errors.Select(e => new HrImportRowError(line, e.Field, LocalizationTexts.Get(e.Error.Key, null, e.Error.Arguments))));
                continue;
            }
            rows.Add((line, new HrImportRow(number, Field("firstName"), Field("lastName"), Field("email"), employer!.Value, office!.Id, role!.Id, startDate!.Value)));
        }

        // Compared untracked: the check of a national file must not track the whole register.
        var existing = (await people.ReadByEmployeeNumbersAsync(rows.Select(r => r.Row.EmployeeNumber).ToList(), ct))
            .ToDictionary(p => p.EmployeeNumber, StringComparer.Ordinal);
        foreach (var (line, row) in rows)
        {
            if (existing.TryGetValue(row.EmployeeNumber, out var person))
            {
                if (!scope.CoversOffice(person.OfficeId))
                {
                    plan.Errors.Add(new HrImportRowError(line, "employeeNumber", LocalizationTexts.Get(NavLederprogramErrorCodes.OutsideScope)));
                    continue;
                }
                if (!row.Matches(person)) plan.ToUpdate++;
            }
            else plan.ToCreate++;
            plan.Rows.Add(row);
        }
        plan.Errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return plan;
    }

    private static Task<string> ReadUtf8Async(Stream csv, CancellationToken ct) => CsvImport.ReadUtf8Async(csv, IHrImportAppService.MaxFileSize,
        () => new BusinessException(NavLederprogramErrorCodes.HrImportTooLarge, IHrImportAppService.MaxFileSize / (1024 * 1024)),
        () => new BusinessException(NavLederprogramErrorCodes.HrImportEncoding), ct);

    private static Employer? ParseEmployer(string value) => value.Trim().ToLowerInvariant() switch
    {
        "state" or "statlig" or "stat" => Employer.State,
        "municipality" or "kommunal" or "kommune" => Employer.Municipality,
        _ => null,
    };

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && SupportedDates.Contains(d) ? d : null;
}
