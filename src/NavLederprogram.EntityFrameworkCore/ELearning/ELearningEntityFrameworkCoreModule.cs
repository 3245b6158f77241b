using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public static class ELearningEntityFrameworkCoreModule
{
    /// <summary>The course and enrolment repositories, and the domain service quizzes and packages report results through.</summary>
    public static IServiceCollection AddELearningEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<ICourseRepository, CourseRepository>();
        services.AddScoped<ICourseEnrolmentRepository, CourseEnrolmentRepository>();
        services.AddScoped<CourseProgressManager>();
        return services;
    }
}
