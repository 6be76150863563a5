using Spectre.Console.Cli;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs for constructor injection (the console, the clock, the
/// catalog): a dictionary of instances and factories. A DI container would be one more dependency for four types.
/// </summary>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    // A service may be registered several times (Spectre registers its help providers so); the last one wins
    // when one is asked for, and all of them answer IEnumerable<T>.
    private readonly Dictionary<Type, List<Func<object>>> _factories = [];

    public void Register(Type service, Type implementation) => Add(service, () => TypeResolver.Construct(implementation, this));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }

    public ITypeResolver Build() => new TypeResolver(this);

    internal bool TryCreate(Type type, out object? instance)
    {
        if (_factories.TryGetValue(type, out var factories))
        {
            instance = factories[^1]();
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var all = _factories.TryGetValue(element, out var many) ? many : [];
            var array = Array.CreateInstance(element, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i](), i);
            }

            instance = array;
            return true;
        }

        instance = null;
        return false;
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!_factories.TryGetValue(service, out var factories))
        {
            _factories[service] = factories = [];
        }

        factories.Add(factory);
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
