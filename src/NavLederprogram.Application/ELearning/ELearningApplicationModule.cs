using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Events;

namespace NavLederprogram.ELearning;

public static class ELearningApplicationModule
{
    /// <summary>Course authoring, the catalogue and the learner's courses, assignments, quizzes and SCORM packages.</summary>
    public static IServiceCollection AddELearningApplication(this IServiceCollection services)
    {
        services.AddOptions<CourseFileOptions>().BindConfiguration(CourseFileOptions.Section);
        services.AddDataProtection();
        services.AddSingleton<CourseFileLinks>();
        services.AddScoped<ICourseAuthoringAppService, CourseAuthoringAppService>();
        services.AddScoped<ICourseFileAppService, CourseFileAppService>();
        services.AddScoped<ICourseLearnerAppService, CourseLearnerAppService>();
        services.AddDomainEventHandler<IssueCourseCertificate>();
        services.AddScoped<ICourseAssignmentAppService, CourseAssignmentAppService>();
        services.AddScoped<ICourseProgressAppService, CourseProgressAppService>();
        services.AddQuizApplication();
        services.AddScormApplication();
        return services;
    }
}
