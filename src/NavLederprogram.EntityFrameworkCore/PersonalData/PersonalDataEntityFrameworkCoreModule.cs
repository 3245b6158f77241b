using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore.Competence;
using NavLederprogram.EntityFrameworkCore.Development;
using NavLederprogram.EntityFrameworkCore.ELearning;
using NavLederprogram.EntityFrameworkCore.Evaluations;
using NavLederprogram.EntityFrameworkCore.Identity;
using NavLederprogram.EntityFrameworkCore.Notifications;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.PeerSupervision;
using NavLederprogram.EntityFrameworkCore.Privacy;
using NavLederprogram.EntityFrameworkCore.Programmes;
using NavLederprogram.PersonalData;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.PersonalData;

public static class PersonalDataEntityFrameworkCoreModule
{
    /// <summary>
    /// Every module's personal data source, in the order an export lists them and an erasure runs them: the person first, the
    /// data key last (it is deleted once more after the commit).
    /// </summary>
    public static IServiceCollection AddPersonalDataEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDataSource, OrganisationPersonalData>();
        services.AddScoped<IPersonalDataSource, IdentityPersonalData>();
        services.AddScoped<IPersonalDataSource, CompetencePersonalData>();
        services.AddScoped<IPersonalDataSource, ProgrammesPersonalData>();
        services.AddScoped<IPersonalDataSource, ELearningPersonalData>();
        services.AddScoped<IPersonalDataSource, PeerSupervisionPersonalData>();
        services.AddScoped<IPersonalDataSource, EvaluationsPersonalData>();
        services.AddScoped<IPersonalDataSource, DevelopmentPersonalData>();
        services.AddScoped<IPersonalDataSource, NotificationsPersonalData>();
        services.AddScoped<IPersonalDataSource, PrivacyPersonalData>();
        services.AddScoped<IErasureRecordRepository, ErasureRecordRepository>();
        return services;
    }
}
