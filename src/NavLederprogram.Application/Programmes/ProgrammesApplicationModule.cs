using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Events;

namespace NavLederprogram.Programmes;

public static class ProgrammesApplicationModule
{
    /// <summary>Programmes, cohorts, enrolment, progress, milestones, calendars and certificates, and the notifications they send.</summary>
    public static IServiceCollection AddProgrammesApplication(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeAccess>();
        services.AddScoped<IProgrammeApprover>(sp => sp.GetRequiredService<ProgrammeAccess>());
        services.AddScoped<ProgressRecorder>();
        services.AddScoped<CohortMilestoneRunner>();
        services.AddScoped<IProgrammeAppService, ProgrammeAppService>();
        services.AddScoped<ICohortAppService, CohortAppService>();
        services.AddScoped<IEnrolmentAppService, EnrolmentAppService>();
        services.AddScoped<IParticipantProgressAppService, ParticipantProgressAppService>();
        services.AddScoped<IFacilitationAppService, FacilitationAppService>();
        services.AddScoped<IMilestoneAppService, MilestoneAppService>();
        services.AddDataProtection();
        services.AddScoped<ICalendarAppService, CalendarAppService>();
        services.AddScoped<ICertificateAppService, CertificateAppService>();
        services.AddDomainEventHandler<ProgrammeNotifications>();
        services.AddDomainEventHandler<CompleteELearningOnCourseCompletion>();
        return services;
    }
}
