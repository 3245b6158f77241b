using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore.Data;

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
        services.AddScoped<CourseQueries>();
        services.AddScoped<ICourseQueries>(sp => sp.GetRequiredService<CourseQueries>());
        services.AddScoped<ICourseGrantQueries>(sp => sp.GetRequiredService<CourseQueries>());
        services.AddScoped<ICourseRequirementQueries, CourseRequirementQueries>();
        services.AddScoped<ICourseProgressQueries, CourseProgressQueries>();
        services.AddScoped<ICourseReportQueries, CourseReportQueries>();
        services.AddScoped<IEvaluationCourseLearners, EvaluationCourseLearners>();
        services.AddScoped<CourseAssignmentManager>();
        services.AddScoped<IDataSeedContributor, ELearningDataSeedContributor>();
        services.AddCacheKind(ELearningCaches.Catalogue, typeof(Course), typeof(CourseVersion));
        services.AddQuizEntityFrameworkCore();
        return services;
    }
}
