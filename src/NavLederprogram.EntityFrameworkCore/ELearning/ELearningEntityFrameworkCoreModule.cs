using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public static class ELearningEntityFrameworkCoreModule
{
    /// <summary>The course and enrolment repositories, and the domain service quizzes and packages report results through.</summary>
    public static IServiceCollection AddELearningEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<ICourseRepository, CourseRepository>();
        services.AddScoped<ICourseEnrolmentRepository, CourseEnrolmentRepository>();
        services.AddScoped<ICourseFileRepository, CourseFileRepository>();
        services.AddScoped<CourseProgressManager>();
        services.AddScoped<ICourseLearnerQueries, CourseLearnerQueries>();
        services.AddScoped<CourseCertificateRepository>();
        services.AddScoped<ICourseCertificateRepository>(sp => sp.GetRequiredService<CourseCertificateRepository>());
        services.AddScoped<ICourseCertificateQueries>(sp => sp.GetRequiredService<CourseCertificateRepository>());
        // What the enrolments say; the rule derived from the competence requirements, where registered, takes its place.
        services.TryAddScoped<ICourseRequirementQueries, AssignedCourseRequirementQueries>();
        return services;
    }
}
