using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;
using NavLederprogram.Programmes.Events;

// Types that keep and break the module rule on purpose. They are compiled, never run: ModuleRuleTests feeds this assembly to
// the same checker as the product's assemblies and expects each breach below to be reported, and nothing else.
// The namespace after "Fixtures." is the module a type pretends to belong to.

namespace NavLederprogram.ArchitectureTests.Fixtures.Notifications
{
    /// <summary>Reads Competence's table through the shared DbContext instead of Competence's query interface.</summary>
    public sealed class ReadsAnotherModulesTable(NavLederprogramDbContext db)
    {
        public Task<int> CountUnsentAsync() => db.Set<CompetenceReminder>().CountAsync(r => r.SentAt == null);
    }

    /// <summary>Uses only what other modules publish: a query interface and its records.</summary>
    public sealed class UsesPublishedQueries(IPersonDirectory people, ICompetenceReminders reminders)
    {
        public async Task<PersonCard?> FirstAsync() =>
            (await reminders.GetUnsentAsync(1)).FirstOrDefault() is { } r ? await people.FindAsync(r.PersonId) : null;
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Notifications
{
    /// <summary>Demo data spans modules: a seed contributor may use another module's repository.</summary>
    public sealed class SeedsDemoDataAcrossModules(IPersonRepository people) : IDataSeedContributor
    {
        public int Order => 100;
        public Task SeedAsync(CancellationToken ct) => people.FindAsync(Guid.Empty, ct);
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Scheduling
{
    /// <summary>Only registers services, so it wires in what other modules own.</summary>
    public static class RegistersEveryModulesJobs
    {
        public static IServiceCollection AddEveryModulesJobs(this IServiceCollection services) =>
            services.AddScoped<IPersonRepository>(_ => null!);
    }

    /// <summary>Registers services but also does work of its own with another module's entity: not a registration.</summary>
    public static class RegistersAndReadsAnotherModule
    {
        public static IServiceCollection AddReader(this IServiceCollection services) => services;
        public static string NameOf(Person person) => person.FullName;
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Programmes
{
    /// <summary>Uses Organisation's repository and entity.</summary>
    public sealed class UsesAnotherModulesRepository(IPersonRepository people)
    {
        public async Task<string?> NameAsync(Guid id) => (await people.FindAsync(id))?.FullName;
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Competence
{
    /// <summary>Learns of a completion from the Programmes module's event and reads its application contract: both published.</summary>
    public sealed class HandlesAnotherModulesEvent
    {
        public Guid PersonOf(ProgrammeModuleCompleted e, CohortSummaryDto cohort) => cohort.Id == Guid.Empty ? Guid.Empty : e.PersonId;
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Organisation
{
    /// <summary>Organisation does not depend on Programmes, so not even Programmes' published contract may be used.</summary>
    public sealed class UsesAModuleItDoesNotDependOn(ICohortAppService cohorts)
    {
        public ICohortAppService Cohorts => cohorts;
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Paging
{
    /// <summary>The shared kernel reaching into a module.</summary>
    public static class KernelUsingAModule
    {
        public static int RoleCount(Person person) => person.JobRoles.Count;
    }
}

namespace NavLederprogram.ArchitectureTests.Fixtures.Bookkeeping
{
    /// <summary>A namespace that is neither a module nor the shared kernel.</summary>
    public sealed class InAnUnknownModule;
}
