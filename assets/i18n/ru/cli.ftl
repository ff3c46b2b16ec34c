# Читаемый вывод командной строки. $name — название каталога; количества — числа.

cli-runner = Бегун: { $summary }
cli-catalogue-unnamed = каталог
cli-counts = { $name }: { $shoes ->
    [one] { $shoes } модель
    [few] { $shoes } модели
   *[many] { $shoes } моделей
}, рекомендовано: { $recommended }, не подходят: { $excluded }
cli-none-recommended = В этом каталоге нет модели, которая выполняет ваши обязательные требования; почему — ниже.
cli-score = оценка
cli-left-out = Не подходят:
cli-what-if = а если
