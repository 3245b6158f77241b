using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Programmes;

namespace NavLederprogram.PeerSupervision;

public static class PeerSupervisionApplicationModule
{
    /// <summary>Peer supervisors, groups and one-to-ones with their meetings, cases, reflections and reports.</summary>
    public static IServiceCollection AddPeerSupervisionApplication(this IServiceCollection services)
    {
        services.AddScoped<ISupervisionGroupAppService, SupervisionGroupAppService>();
        services.AddScoped<ISupervisionCaseAppService, SupervisionCaseAppService>();
        services.AddScoped<ISupervisionReflectionAppService, SupervisionReflectionAppService>();
        services.AddScoped<ISupervisionReportAppService, SupervisionReportAppService>();
        services.AddScoped<IPeerSupervisorAppService, PeerSupervisorAppService>();
        services.AddScoped<ISupervisionSettingsAppService, SupervisionSettingsAppService>();
        services.AddScoped<ISupervisorOverviewAppService, SupervisorOverviewAppService>();
        services.AddScoped<SupervisionCalendar>();
        services.AddScoped<ICalendarEntrySource>(sp => sp.GetRequiredService<SupervisionCalendar>());
        services.AddScoped<SupervisionMeetingReminders>();
        return services;
    }
}
