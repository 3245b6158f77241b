using NavLederprogram.Events;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Organisation;

public static class OrganisationJobs
{
    public static void AddOrganisationJobs(this IQuartzBuilder q) =>
        q.AddJob<HrImportJob>(j => j.WithIdentity(HrImportJob.Key).WithDescription("Writes accepted HR imports").StoreDurably().RequestRecovery());

    public static IServiceCollection AddOrganisationScheduling(this IServiceCollection services) =>
        services.AddDomainEventHandler<RunHrImportSoon>();
}
