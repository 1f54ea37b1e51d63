from app._vendor.six import m_a

VALUE = m_a.VALUE_A
