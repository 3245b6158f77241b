using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public static class QuizEntityFrameworkCoreModule
{
    /// <summary>Quiz and attempt repositories, the attempt manager that keeps the attempt limit, and the demo quiz.</summary>
    public static IServiceCollection AddQuizEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IQuizRepository, QuizRepository>();
        services.AddScoped<IQuizAttemptRepository, QuizAttemptRepository>();
        services.AddScoped<QuizAttemptManager>();
        services.AddScoped<NavLederprogram.Data.IDataSeedContributor, QuizDemoDataSeedContributor>();
        return services;
    }
}
