using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.TestBase;
using Xunit;

namespace NavLederprogram.Application.Tests;

/// <summary>
/// Each test gets its own copy of the seeded demo database. Services come from the container, one scope per call as
/// one request would have, so the tests do not depend on how a service is put together.
/// </summary>
public abstract class SeededDatabaseTests : IAsyncLifetime
{
    protected SqliteTestDatabase Db { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Db = await SqliteTestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    protected Task<T> Call<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        Db.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    protected Task Call<TService>(Func<TService, Task> action) where TService : notnull =>
        Db.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    /// <summary>Signs in as the demo user and calls the service as them.</summary>
    protected async Task<T> As<TService, T>(string userName, Func<TService, Task<T>> action) where TService : notnull
    {
        await Db.SignInAsAsync(userName);
        return await Call(action);
    }
}
