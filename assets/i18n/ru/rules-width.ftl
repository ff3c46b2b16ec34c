# Ширина стопы. $width — полнота бегуна (Narrow, Standard, Wide, ExtraWide); $other — соседняя
# полнота, в которой модель тоже выпускается, словами (Width-Wide...); $count — в скольких
# полнотах выпускается модель, $first, $second, $third — эти полноты словами.

width-not-made = Не выпускается в { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте (есть только { $count ->
        [0] {""}
        [1] { $first }
        [2] { $first }, { $second }
       *[other] { $first }, { $second }, { $third }
    }): обувь другой полноты не сядет по ноге, какими бы достоинствами она ни обладала.
width-made = Выпускается в { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте — как раз вашей.
width-made-and-next = Выпускается в { $width ->
        [Narrow] узкой
        [Standard] стандартной
        [Wide] широкой
       *[ExtraWide] очень широкой
    } полноте — как раз вашей, а если понадобится, есть и { $other }.
