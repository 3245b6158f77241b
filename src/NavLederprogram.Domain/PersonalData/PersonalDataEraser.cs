using Microsoft.Extensions.Options;
using NavLederprogram.Audit;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Privacy;

namespace NavLederprogram.PersonalData;

/// <summary>
/// Erases a person across every module in one transaction, after the rules that protect the system: nobody erases themselves,
/// and the last system admin's user is not erased. The person's data key goes last, after the commit and after the audit entry,
/// so that no value protected on the way (the audit log's before-values) outlives it.
/// </summary>
public sealed class PersonalDataEraser(
    IEnumerable<IPersonalDataSource> sources,
    IOptions<PersonalDataRetention> retention,
    IUserDirectory users,
    IErasureRecordRepository records,
    IPrivateTextKeyStore keys,
    IAuditTrail audit,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public Task<IReadOnlyList<ErasureStep>> PlanAsync(PersonalDataSubject subject, CancellationToken ct) => PlanAsync(subject, retention.Value, ct);

    private async Task<IReadOnlyList<ErasureStep>> PlanAsync(PersonalDataSubject subject, PersonalDataRetention rules, CancellationToken ct)
    {
        var steps = new List<ErasureStep>();
        foreach (var source in sources) steps.AddRange(await source.PlanErasureAsync(subject, rules, ct));
        return steps.Where(s => s.Count > 0).ToList();
    }

    /// <summary>
    /// Deletes the records an erasure kept once their retention has passed on <paramref name="today"/>: the person is erased again
    /// under only the rules still running for them, which leaves what is still due and deletes the rest. Returns how many erased
    /// people had records deleted.
    /// </summary>
    public async Task<int> PurgeExpiredAsync(DateOnly today, CancellationToken ct)
    {
        var ruleOfKind = sources.SelectMany(s => s.Kinds).Where(k => k.RetentionRule is not null).ToDictionary(k => k.Key, k => k.RetentionRule!);
        var purged = 0;
        foreach (var record in await records.GetWithKeptRecordsAsync(ct))
        {
            var kept = record.ReadSteps().Where(s => s.Action == ErasureAction.Keep && s.KeptUntil is not null).ToList();
            if (!kept.Any(s => s.KeptUntil <= today)) continue;
            var running = new PersonalDataRetention { Years = [] };
            foreach (var step in kept.Where(s => s.KeptUntil > today))
                if (ruleOfKind.TryGetValue(step.Kind, out var rule)) running.Years[rule] = 1;
            var subject = new PersonalDataSubject(record.PersonId, null, null, null, null);
            var due = (await PlanAsync(subject, running, ct)).Where(s => s.Action == ErasureAction.Delete).ToList();
            if (due.Count == 0) continue;
            await unitOfWork.InTransactionAsync(async () =>
            {
                foreach (var source in sources) await source.EraseAsync(subject, running, ct);
                await unitOfWork.SaveChangesAsync(ct);
                return true;
            }, ct: ct);
            purged++;
        }
        return purged;
    }

    /// <summary>Why <paramref name="subject"/> may not be erased by <paramref name="actorUserId"/>, or null.</summary>
    public async Task<BusinessException?> RefusalAsync(PersonalDataSubject subject, Guid? actorUserId, Guid? actorPersonId, CancellationToken ct)
    {
        if ((subject.UserId is { } u && u == actorUserId) || (subject.PersonId is { } p && p == actorPersonId))
            return new BusinessException(NavLederprogramErrorCodes.ErasureOfSelf) { IsConflict = true };
        if (subject.UserId is { } userId)
        {
            var admins = await users.GetInRoleAsync(RoleNames.SystemAdmin, ct);
            if (admins.Count == 1 && admins[0].Id == userId)
                return new BusinessException(NavLederprogramErrorCodes.ErasureOfLastSystemAdmin) { IsConflict = true };
        }
        return null;
    }

    public async Task<ErasureRecord> EraseAsync(PersonalDataSubject subject, Guid personId, Guid? actorUserId, Guid? actorPersonId, CancellationToken ct)
    {
        if (await RefusalAsync(subject, actorUserId, actorPersonId, ct) is { } refusal) throw refusal;
        var rules = retention.Value;
        var record = await unitOfWork.InTransactionAsync(async () =>
        {
            var steps = await PlanAsync(subject, ct);
            foreach (var source in sources) await source.EraseAsync(subject, rules, ct);
            var record = new ErasureRecord(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, actorUserId, personId,
                rules.Years.Where(y => y.Value > 0).ToDictionary(), steps);
            await records.InsertAsync(record, ct);
            await unitOfWork.SaveChangesAsync(ct);
            return record;
        }, ct: ct);
        await audit.RecordAsync(new AuditRecord(AuditKind.Erasure, "PersonalData.Erased", personId, subject.UserId, $"ErasureRecord:{record.Id}",
            ActorUserId: actorUserId), ct);
        await keys.DeleteAsync(personId, ct);
        if (subject.UserId is { } userId) await keys.DeleteAsync(userId, ct);
        return record;
    }
}
