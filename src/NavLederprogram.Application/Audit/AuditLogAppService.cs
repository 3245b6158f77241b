using System.Security.Cryptography;
using System.Text.Json;
using NavLederprogram.Competence;
using NavLederprogram.Export;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Privacy;
using NavLederprogram.Validation;

namespace NavLederprogram.Audit;

/// <summary>
/// The viewer: entries newest first, names resolved from the registers, protected values opened with the subject's key. A value
/// whose key erasure has deleted reads as erased; the entry itself, and so the chain, is unchanged.
/// </summary>
public sealed class AuditLogAppService(
    IAuditLogReader reader,
    IAuditTrail trail,
    IUserDirectory users,
    IPersonDirectory people,
    IPrivateTextProtector protector,
    TimeProvider clock) : IAuditLogAppService
{
    private const int MaxPageSize = 200;
    private const int ExportBatch = 1000;
    private const int MaxPeopleMatched = 100;

    public async Task<PagedResult<AuditEntryDto>> GetListAsync(AuditEntryQuery query, CancellationToken ct)
    {
        var filter = await ToFilterAsync(query, ct);
        var (total, items) = await reader.GetPageAsync(filter, query.SkipCount, query.MaxResultCount, ct);
        return new PagedResult<AuditEntryDto>(total, await ToDtosAsync(items, ct));
    }

    public async Task<AuditEntryDetailsDto> GetAsync(long sequence, CancellationToken ct)
    {
        var entry = await reader.FindAsync(sequence, ct) ?? throw new EntityNotFoundException(typeof(AuditEntry), sequence);
        return await DetailsAsync(entry, (await ToDtosAsync([entry], ct))[0], ct);
    }

    private async Task<AuditEntryDetailsDto> DetailsAsync(AuditEntry entry, AuditEntryDto dto, CancellationToken ct)
    {
        var erased = false;
        async Task<string?> Open(string? value)
        {
            if (value is null || !ProtectedText.IsProtected(value) || entry.ProtectionOwner is not { } owner) return value;
            try { return await protector.UnprotectAsync(owner, value, ct); }
            catch (CryptographicException)
            {
                erased = true;
                return null;
            }
        }
        var before = await Open(entry.Before);
        var after = await Open(entry.After);
        var detail = await Open(entry.Detail);
        return new AuditEntryDetailsDto
        {
            Entry = dto,
            Before = before,
            After = after,
            Detail = detail,
            ValuesErased = erased,
            PreviousHash = entry.PreviousHash,
            Hash = entry.Hash,
        };
    }

    public async Task<AuditChainStatusDto> GetChainStatusAsync(CancellationToken ct)
    {
        var (head, verification) = await reader.GetChainStatusAsync(ct);
        return new AuditChainStatusDto(head.LastSequence, head.PurgedThroughSequence + 1, verification?.VerifiedAt,
            verification?.VerifiedThroughSequence ?? 0, verification?.EntriesChecked ?? 0, verification?.BrokenAtSequence);
    }

    public async Task<ExportFile> ExportAsync(AuditEntryQuery query, CancellationToken ct)
    {
        var filter = await ToFilterAsync(query, ct);
        string T(string key) => LocalizationTexts.Get($"Page:AuditLog.{key}");
        var rows = new List<object?[]>();
        for (var skip = 0; skip < IAuditLogAppService.MaxExportRows; skip += ExportBatch)
        {
            var (_, items) = await reader.GetPageAsync(filter, skip, ExportBatch, ct);
            var dtos = await ToDtosAsync(items, ct);
            for (var i = 0; i < items.Count; i++)
            {
                var details = await DetailsAsync(items[i], dtos[i], ct);
                var e = details.Entry;
                rows.Add([
                    e.Sequence, OsloTime.ToOslo(e.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss"), LocalizationTexts.EnumText(e.Kind), e.Action,
                    e.ActorName ?? e.ActorClientId, e.RemoteAddress, e.SubjectErased ? T("Erased") : e.SubjectName, e.Target,
                    details.ValuesErased ? T("Erased") : details.Before, details.ValuesErased ? T("Erased") : details.After,
                    details.ValuesErased ? T("Erased") : details.Detail,
                ]);
            }
            if (items.Count < ExportBatch) break;
        }
        // Who took a copy of the log, and of which part of it, is itself on the log. The filters name no one (ids, kinds, days);
        // about one person, the entry names them as its subject instead, and needs no data key of theirs.
        await trail.RecordAsync(new AuditRecord(AuditKind.PersonalDataRead, "AuditLog.Exported", SubjectPersonId: query.PersonId,
            Target: query.PersonId is { } p ? $"Person:{p}" : null, Detail: query.PersonId is not null ? null : JsonSerializer.Serialize(new
            {
                Kind = query.Kind?.ToString(),
                query.Action,
                query.From,
                query.To,
                ByName = query.Person is not null || query.Actor is not null,
                Rows = rows.Count,
            })), ct);
        var headers = new[] { "Sequence", "Time", "Kind", "Action", "Actor", "Address", "Subject", "Target", "Before", "After", "Detail" }
            .Select(h => T("Column." + h));
        var fileName = $"{T("Export.FileName")}-{OsloTime.Today(clock):yyyy-MM-dd}.csv";
        return new ExportFile(await CsvExport.WriteAsync(headers, rows), CsvExport.ContentType, fileName);
    }

    private async Task<AuditFilter> ToFilterAsync(AuditEntryQuery query, CancellationToken ct)
    {
        var validator = new InputValidator()
            .SupportedDate(nameof(query.From), query.From)
            .SupportedDate(nameof(query.To), query.To)
            .SearchFilter(nameof(query.Action), query.Action, 100)
            .SearchFilter(nameof(query.Person), query.Person, 100)
            .SearchFilter(nameof(query.Actor), query.Actor, 100);
        if (query.Kind is { } kind && !Enum.IsDefined(kind)) validator.Add(nameof(query.Kind), InputValidator.Unknown);
        if (query.From > query.To) validator.Add(nameof(query.To), "Validation:DateOrder", query.From.Value.ToString("yyyy-MM-dd"));
        if (query.SkipCount < 0) validator.Add(nameof(query.SkipCount), InputValidator.Range, 0, int.MaxValue);
        if (query.MaxResultCount is < 1 or > MaxPageSize) validator.Add(nameof(query.MaxResultCount), InputValidator.Range, 1, MaxPageSize);
        validator.ThrowIfInvalid();

        var (subjectPeople, subjectUsers) = await PeopleAsync(query.PersonId, query.Person, ct);
        var (_, actorUsers) = query.Actor is { Length: > 0 } ? await PeopleAsync(null, query.Actor, ct) : (null, null);
        return new AuditFilter(subjectPeople, subjectUsers, actorUsers, query.Kind,
            string.IsNullOrWhiteSpace(query.Action) ? null : query.Action.Trim(),
            query.From is { } from ? OsloTime.ToUtc(from, TimeOnly.MinValue) : null,
            query.To is { } to ? OsloTime.ToUtc(to.AddDays(1), TimeOnly.MinValue) : null);
    }

    /// <summary>
    /// The people a filter names, with their user accounts: names are not stored in the log (only ids are), so a search by name
    /// is a search of the register. Null sets when the filter is not used.
    /// </summary>
    private async Task<(List<Guid>? People, List<Guid>? Users)> PeopleAsync(Guid? personId, string? text, CancellationToken ct)
    {
        if (personId is null && string.IsNullOrWhiteSpace(text)) return (null, null);
        var found = new List<PersonCard>();
        if (personId is { } id && await people.FindAsync(id, ct) is { } card) found.Add(card);
        if (!string.IsNullOrWhiteSpace(text))
            found.AddRange((await people.GetPageAsync(new PageRequest(text.Trim(), null, 0, MaxPeopleMatched), AccessScope.National, null, ct)).Items);
        var personIds = found.Select(p => p.Id).ToList();
        // An id the register no longer knows (an erased person) still finds the entries about them.
        if (personId is { } unknown && personIds.Count == 0) personIds.Add(unknown);
        return (personIds, found.Select(p => p.UserId).OfType<Guid>().ToList());
    }

    private async Task<List<AuditEntryDto>> ToDtosAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var personIds = entries.Select(e => e.SubjectPersonId).OfType<Guid>().Distinct().ToList();
        var persons = (await people.GetListAsync(personIds, ct)).ToDictionary(p => p.Id, p => p.FullName);
        var userNames = new Dictionary<Guid, string?>();
        foreach (var id in entries.SelectMany(e => new[] { e.ActorUserId, e.SubjectPersonId is null ? e.SubjectUserId : null }).OfType<Guid>().Distinct())
            userNames[id] = (await users.FindAsync(id, ct))?.Name;
        return entries.Select(e =>
        {
            var subjectName = e.SubjectPersonId is { } p ? persons.GetValueOrDefault(p)
                : e.SubjectUserId is { } u ? userNames.GetValueOrDefault(u) : null;
            return new AuditEntryDto
            {
                Sequence = e.Sequence,
                OccurredAt = e.OccurredAt,
                Kind = e.Kind,
                Action = e.Action,
                ActorUserId = e.ActorUserId,
                ActorName = e.ActorUserId is { } a ? userNames.GetValueOrDefault(a) : null,
                ActorClientId = e.ActorClientId,
                RemoteAddress = e.RemoteAddress,
                SubjectPersonId = e.SubjectPersonId,
                SubjectUserId = e.SubjectUserId,
                SubjectName = subjectName,
                SubjectErased = subjectName is null && (e.SubjectPersonId is not null || e.SubjectUserId is not null),
                Target = e.Target,
            };
        }).ToList();
    }
}
