//! Text helpers shared by extract and letters.
