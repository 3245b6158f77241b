using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Events;

namespace NavLederprogram.Organisation;

/// <summary>
/// Writes accepted HR imports in batches, each batch in its own scope and transaction with the import's progress, so
/// that nothing stays tracked from one batch to the next and the sender sees the rows written so far. The register is
/// read once, untracked; only the people a row changes are loaded for change. What a placement change sets off
/// (competence statuses) runs once for all the people the import changed, after the last batch.
/// </summary>
public sealed class HrImportRunner(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int BatchSize = 1000;

    /// <summary>Runs every unfinished import, oldest first; returns how many ran.</summary>
    public async Task<int> RunUnfinishedAsync(CancellationToken ct)
    {
        IReadOnlyList<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
            ids = await scope.ServiceProvider.GetRequiredService<IHrImportRepository>().GetUnfinishedAsync(ct);
        foreach (var id in ids) await RunAsync(id, ct);
        return ids.Count;
    }

    public async Task RunAsync(Guid importId, CancellationToken ct)
    {
        var rows = await StartAsync(importId, ct);
        if (rows is null) return;
        try
        {
            var placementChanges = await WriteAsync(importId, rows, ct);
            await InScopeAsync(async sp =>
            {
                var import = (await sp.GetRequiredService<IHrImportRepository>().FindAsync(importId, ct))!;
                import.Complete(clock.GetUtcNow().UtcDateTime);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
                if (placementChanges.Count > 0) await sp.GetRequiredService<IDomainEventPublisher>().PublishAsync(placementChanges, ct);
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason is kept on the import for its sender; the next import in the queue still runs.
            // Batches already written stay written: a new import of the file writes the rest and leaves those unchanged.
            await InScopeAsync(async sp =>
            {
                var import = (await sp.GetRequiredService<IHrImportRepository>().FindAsync(importId, CancellationToken.None))!;
                import.Fail(e.GetBaseException().Message, clock.GetUtcNow().UtcDateTime);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            });
        }
    }

    private async Task<IReadOnlyList<HrImportRow>?> StartAsync(Guid importId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var import = await scope.ServiceProvider.GetRequiredService<IHrImportRepository>().FindAsync(importId, ct);
        if (import is null || import.IsFinished) return null;
        import.Start();
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
        return import.ReadRows();
    }

    /// <summary>Writes the rows; returns the placement changes the people recorded, held back to be published once.</summary>
    private async Task<List<IDomainEvent>> WriteAsync(Guid importId, IReadOnlyList<HrImportRow> rows, CancellationToken ct)
    {
        Dictionary<string, Person> existing;
        await using (var scope = scopes.CreateAsyncScope())
            existing = (await scope.ServiceProvider.GetRequiredService<IPersonRepository>()
                .ReadByEmployeeNumbersAsync(rows.Select(r => r.EmployeeNumber).ToList(), ct)).ToDictionary(p => p.EmployeeNumber, StringComparer.Ordinal);

        var held = new List<IDomainEvent>();
        var progress = new HrImportProgress(0, 0, 0, 0);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            var changed = batch.Where(r => existing.TryGetValue(r.EmployeeNumber, out var p) && !r.Matches(p)).ToList();
            var created = batch.Count(r => !existing.ContainsKey(r.EmployeeNumber));
            progress = new HrImportProgress(progress.RowsDone + batch.Length, progress.Created + created, progress.Updated + changed.Count,
                progress.Unchanged + batch.Length - created - changed.Count);
            var reported = progress;
            await InScopeAsync(async sp =>
            {
                var people = sp.GetRequiredService<IPersonRepository>();
                var written = new List<Person>(created + changed.Count);
                if (changed.Count > 0)
                {
                    var tracked = (await people.GetByEmployeeNumbersAsync(changed.Select(r => r.EmployeeNumber).ToList(), ct))
                        .ToDictionary(p => p.EmployeeNumber, StringComparer.Ordinal);
                    foreach (var row in changed)
                    {
                        var person = tracked[row.EmployeeNumber];
                        row.ApplyTo(person);
                        written.Add(person);
                    }
                }
                foreach (var row in batch.Where(r => !existing.ContainsKey(r.EmployeeNumber)))
                {
                    var person = row.NewPerson();
                    await people.InsertAsync(person, ct);
                    written.Add(person);
                }
                foreach (var person in written)
                {
                    held.AddRange(person.GetDomainEvents());
                    person.ClearDomainEvents();
                }
                var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
                await unitOfWork.InTransactionAsync(async () =>
                {
                    await unitOfWork.SaveChangesAsync(ct);
                    await sp.GetRequiredService<IHrImportRepository>().ReportProgressAsync(importId, reported, ct);
                    return 0;
                }, ct: ct);
            });
        }
        // One event per person is enough for whoever reacts: they recompute the people, not the changes.
        return held.DistinctBy(e => e is PersonPlacementChanged p ? (object)p.PersonId : e).ToList();
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }
}
