using Spectre.Console.Cli;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs for constructor injection (the console, the clock, the
/// catalog): a dictionary of instances and factories. A DI container would be one more dependency for four types.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> _factories = [];

    public void Register(Type service, Type implementation) =>
        _factories[service] = () => TypeResolver.Construct(implementation, this);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        _factories[service] = () => lazy.Value;
    }

    public ITypeResolver Build() => new TypeResolver(this);

    internal bool TryCreate(Type type, out object? instance)
    {
        if (_factories.TryGetValue(type, out var factory))
        {
            instance = factory();
            return true;
        }

        instance = null;
        return false;
    }
}

/// <summary>Resolves registered services, and builds any other class from its widest constructor.</summary>
internal sealed class TypeResolver(TypeRegistrar registrar) : ITypeResolver
{
    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (registrar.TryCreate(type, out var instance))
        {
            return instance;
        }

        // Spectre asks for every registered help provider, interceptor...: none is registered here.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        return type.IsInterface || type.IsAbstract ? null : Construct(type, registrar);
    }

    internal static object Construct(Type type, TypeRegistrar registrar)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters()
            .Select(p => registrar.TryCreate(p.ParameterType, out var value) ? value : Construct(p.ParameterType, registrar))
            .ToArray();
        return constructor.Invoke(arguments);
    }
}
